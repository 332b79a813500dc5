"""The German summary printed at the end of `manage.py demo`."""

from datetime import date

from django.db.models import Count

from wegweiser.cases.models import Assessment, FamilyLink, Person
from wegweiser.cases.models.status import DULDUNG_KINDS, StatusKind
from wegweiser.screening.models import ScreeningResult, ScreeningRun
from wegweiser.screening.runs import POSITIVE

from .accounts import DEMO_PASSWORD
from .drafts import add_years
from .run import OfficeResult


def german_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def office_lines(result: OfficeResult, today: date) -> list[str]:
    persons = Person.objects.filter(authority=result.authority)
    kinds = dict(persons.values_list("current_status_kind").annotate(n=Count("id")))
    tolerated = sum(kinds.get(kind, 0) for kind in DULDUNG_KINDS)
    long_chain = persons.filter(duldung_chain_since__lte=add_years(today, -5)).count()
    links = FamilyLink.objects.filter(authority=result.authority, relation="parent").count()
    lines = [
        f"{result.spec.name}",
        f"  Orte: {', '.join(name for name, _, _ in result.spec.towns)}",
        f"  Haushalte: {german_number(result.households)}, "
        f"Personen: {german_number(result.persons)} (Eltern-Kind-Verknüpfungen: "
        f"{german_number(links)})",
        f"  aktuell geduldet: {german_number(tolerated)}, davon § 60b: "
        f"{german_number(kinds.get(StatusKind.DULDUNG_60B, 0))}, "
        f"Kettenduldung seit 5+ Jahren: {german_number(long_chain)}",
    ]
    for kind in (StatusKind.RESIDENCE_PERMIT, StatusKind.FICTION_CERTIFICATE, StatusKind.NONE):
        lines.append(f"  {kind.label}: {german_number(kinds.get(kind, 0))}")
    assessed = Assessment.unscoped.filter(authority=result.authority).count()
    share = round(100 * assessed / result.persons) if result.persons else 0
    lines.append(f"  rechtliche Einschätzung erfasst: {german_number(assessed)} ({share} % der "
                 f"Personen; ohne Einschätzung bleiben viele Prüfergebnisse offen)")
    return lines


def screening_lines(run: ScreeningRun) -> list[str]:
    """The office's screening run: persons checked, and how many meet a pathway now."""
    results = ScreeningResult.unscoped.filter(run=run)
    met = results.filter(verdict__in=POSITIVE).values("person_id").distinct().count()
    missing = results.filter(verdict="unknown").values("person_id").distinct().count()
    return [f"  Bleiberechtsprüfung (Stichtag {run.as_of:%d.%m.%Y}): "
            f"{german_number(run.persons_total)} Personen geprüft in "
            f"{run.duration_seconds or 0:.1f} s; jetzt erfüllt (mindestens ein Weg): "
            f"{german_number(met)}, Angaben fehlen: {german_number(missing)}"]


def login_table(results: list[OfficeResult]) -> list[str]:
    rows = [("Rolle", "Benutzername", "Passwort", "Behörde")]
    for result in results:
        rows += [(str(role), username, DEMO_PASSWORD, result.spec.short_name)
                 for role, username in result.usernames]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    legend = [f"  {r.spec.short_name} = {r.spec.name}" for r in results]
    return [*lines, "", *legend]
