"""Pillar 1: who could stay, who applied, who was granted a title.

Screening figures come from the latest completed screening run up to the end of the period whose
per-person results are still stored (screening.retention keeps the latest runs): the law is not
evaluated again here. The stored results of a completed run never change, so its counts are
computed once per process (one grouped query) and kept, keyed by the run and the threshold.
Applications and decisions are those on a residence title (Application subject
"Aufenthaltserlaubnis") received or decided within the period.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import Application, Decision
from wegweiser.cases.models.decision import ApplicationSubject, Outcome
from wegweiser.screening.models import RunStatus, ScreeningResult, ScreeningRun
from wegweiser.screening.runs import POSITIVE
from wegweiser.screening.worklist import HARDSHIP_PATHWAYS

from .registry import Period, Pillar, kpi, shared

GRANTED = (Outcome.GRANTED, Outcome.PARTLY)


def screening_run(authority_id: int, period: Period) -> ScreeningRun | None:
    """The run the period's screening figures come from (None: no run up to its end)."""
    stored = ScreeningResult.objects.filter(run=OuterRef("pk"))
    return shared(("run", authority_id, period), lambda: (
        ScreeningRun.objects.filter(authority_id=authority_id, status=RunStatus.DONE,
                                    as_of__lte=period.end)
        .filter(Exists(stored)).order_by("-as_of", "-pk").first()))


def run_results(authority_id: int, period: Period) -> QuerySet[ScreeningResult]:
    run = screening_run(authority_id, period)
    return ScreeningResult.objects.filter(run=run) if run else ScreeningResult.objects.none()


def long_term_filter() -> Q:
    """The screening's own definition of a Kettenduldung (screening.worklist.scope_filter)."""
    return Q(toleration_months__gte=settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS)


def _persons(rows: QuerySet) -> int:
    return rows.values("person_id").distinct().count()


# Per person: is the Kettenduldung long, is any pathway met (without § 23a), pending, unknown;
# then the persons per class. One pass over the run's rows (MAX(CASE) works on SQLite too).
SCREENING_SQL = """
SELECT COUNT(*), SUM(long_term), SUM(met), SUM(CASE WHEN met = 0 THEN pending ELSE 0 END),
       SUM(CASE WHEN met = 0 AND pending = 0 THEN unknown ELSE 0 END)
FROM (SELECT person_id,
             MAX(CASE WHEN toleration_months >= %s THEN 1 ELSE 0 END) AS long_term,
             MAX(CASE WHEN verdict IN ({positive}) AND pathway_id NOT IN ({hardship})
                      THEN 1 ELSE 0 END) AS met,
             MAX(CASE WHEN verdict = 'pending_time' THEN 1 ELSE 0 END) AS pending,
             MAX(CASE WHEN verdict = 'unknown' THEN 1 ELSE 0 END) AS unknown
      FROM screening_screeningresult WHERE run_id = %s GROUP BY person_id) AS per_person
""".format(positive=", ".join(f"'{v}'" for v in POSITIVE),
           hardship=", ".join(f"'{p}'" for p in HARDSHIP_PATHWAYS))
SCREENING_KEYS = ("screened", "long_term", "met", "pending", "unknown")
_kept: dict[tuple, dict] = {}
KEEP = 32


def _run_key(run: ScreeningRun, what: str) -> tuple:
    # created_at as well: a test database may give a new run the id of a rolled-back one.
    return (what, connection.alias, run.pk, run.created_at,
            settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS)


def _kept_for(key: tuple, compute):
    if key not in _kept:
        if len(_kept) >= KEEP:
            _kept.pop(next(iter(_kept)))
        _kept[key] = compute()
    return _kept[key]


def screening_counts(authority_id: int, period: Period) -> dict[str, int]:
    """Persons of the period's run: screened, long-term tolerated, met, pending, unknown."""
    run = screening_run(authority_id, period)
    if run is None:
        return dict.fromkeys(SCREENING_KEYS, 0)

    def compute() -> dict[str, int]:
        with connection.cursor() as cursor:
            cursor.execute(SCREENING_SQL, [settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS, run.pk])
            row = cursor.fetchone()
        return {key: int(value or 0) for key, value in zip(SCREENING_KEYS, row, strict=True)}

    return _kept_for(_run_key(run, "counts"), compute)


def long_term_per_town(authority_id: int, period: Period) -> dict[str, int]:
    """Long-term tolerated persons of the period's run per town of residence (kept per run)."""
    run = screening_run(authority_id, period)
    if run is None:
        return {}

    def compute() -> dict[str, int]:
        field = "person__municipality__name"
        return dict(ScreeningResult.objects.filter(run=run).filter(long_term_filter())
                    .values_list(field).annotate(n=Count("person_id", distinct=True))
                    .values_list(field, "n"))

    return _kept_for(_run_key(run, "towns"), compute)


@kpi("long_term_tolerated", Pillar.INTEGRATION, _("Langjährig geduldete Personen"),
     _("Personen, die im maßgeblichen Prüflauf seit mindestens der eingestellten Zahl von "
       "Monaten ununterbrochen geduldet sind (Kettenduldung, wie in der Bleiberechtsprüfung)."))
def long_term_tolerated(authority_id: int, period: Period) -> int:
    return screening_counts(authority_id, period)["long_term"]


@kpi("screened", Pillar.INTEGRATION, _("Geprüfte Personen"),
     _("Personen im letzten abgeschlossenen Prüflauf bis zum Ende des Zeitraums."), funnel=1)
def screened(authority_id: int, period: Period) -> int:
    return screening_counts(authority_id, period)["screened"]


@kpi("pathways_met", Pillar.INTEGRATION, _("Bleiberechtsweg erfüllt"),
     _("Geprüfte Personen mit mindestens einem jetzt erfüllten Bleiberechtsweg (ohne § 23a)."))
def pathways_met(authority_id: int, period: Period) -> int:
    return screening_counts(authority_id, period)["met"]


@kpi("pathways_pending", Pillar.INTEGRATION, _("Bleiberechtsweg in Sicht"),
     _("Geprüfte Personen ohne erfüllten Weg, bei denen nur noch eine Frist fehlt."))
def pathways_pending(authority_id: int, period: Period) -> int:
    return screening_counts(authority_id, period)["pending"]


@kpi("pathways_unknown", Pillar.INTEGRATION, _("Ergebnis hängt an fehlenden Angaben"),
     _("Geprüfte Personen ohne erfüllten oder absehbaren Weg, bei denen mindestens ein "
       "Ergebnis an fehlenden Angaben hängt."))
def pathways_unknown(authority_id: int, period: Period) -> int:
    return screening_counts(authority_id, period)["unknown"]


def applications(authority_id: int, period: Period) -> QuerySet[Application]:
    return Application.objects.filter(authority_id=authority_id,
                                      subject=ApplicationSubject.RESIDENCE_PERMIT,
                                      received_on__range=(period.start, period.end))


def grants(authority_id: int, period: Period) -> QuerySet[Decision]:
    return Decision.objects.filter(authority_id=authority_id, outcome__in=GRANTED,
                                   application__subject=ApplicationSubject.RESIDENCE_PERMIT,
                                   decided_on__range=(period.start, period.end))


Group = tuple[date, str, str | None, int]  # month, pathway, town, count


def grouped(rows: QuerySet, day_field: str) -> list[Group]:
    """Counts per month × pathway × town of residence: one query serves count, month, norm and
    town (the groups are few: months × norms × towns)."""
    town = "person__municipality__name"
    return list(rows.annotate(month=TruncMonth(day_field)).values_list("month", "pathway_id", town)
                .annotate(n=Count("pk")).values_list("month", "pathway_id", town, "n"))


def application_groups(authority_id: int, period: Period) -> list[Group]:
    return shared(("applications", authority_id, period),
                  lambda: grouped(applications(authority_id, period), "received_on"))


def grant_groups(authority_id: int, period: Period) -> list[Group]:
    return shared(("grants", authority_id, period),
                  lambda: grouped(grants(authority_id, period), "decided_on"))


@kpi("applications", Pillar.INTEGRATION, _("Anträge auf Aufenthaltserlaubnis"),
     _("Im Zeitraum eingegangene Anträge auf eine Aufenthaltserlaubnis."), _("Anträge"))
def application_count(authority_id: int, period: Period) -> int:
    return sum(n for *_key, n in application_groups(authority_id, period))


@kpi("grants", Pillar.INTEGRATION, _("Erteilte Aufenthaltserlaubnisse"),
     _("Im Zeitraum (ganz oder teilweise) stattgebende Entscheidungen über eine "
       "Aufenthaltserlaubnis."), _("Entscheidungen"))
def grant_count(authority_id: int, period: Period) -> int:
    return sum(n for *_key, n in grant_groups(authority_id, period))


@kpi("funnel_applied", Pillar.INTEGRATION, _("Trichter: Antrag gestellt"),
     _("Personen mit mindestens einem Antrag auf Aufenthaltserlaubnis im Zeitraum."), funnel=4)
def applied_persons(authority_id: int, period: Period) -> int:
    return _persons(applications(authority_id, period))


@kpi("funnel_granted", Pillar.INTEGRATION, _("Trichter: Aufenthaltserlaubnis erteilt"),
     _("Personen mit mindestens einer Erteilung im Zeitraum."), funnel=5)
def granted_persons(authority_id: int, period: Period) -> int:
    return _persons(grants(authority_id, period))
