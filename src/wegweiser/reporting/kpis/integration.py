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
from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import Application, Decision
from wegweiser.cases.models.decision import ApplicationSubject, Outcome
from wegweiser.screening.models import RunStatus, ScreeningResult, ScreeningRun
from wegweiser.screening.runs import POSITIVE
from wegweiser.screening.worklist import HARDSHIP_PATHWAYS

from .registry import Period, Pillar, kpi, per_data_version, shared

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
# then the persons per class and town of residence - one pass over the run's rows serves the
# five counts and the chart of long-term tolerated persons per town (MAX(CASE) works on SQLite too).
SCREENING_SQL = """
SELECT town.name, COUNT(*), SUM(long_term), SUM(met),
       SUM(CASE WHEN met = 0 THEN pending ELSE 0 END),
       SUM(CASE WHEN met = 0 AND pending = 0 THEN unknown ELSE 0 END)
FROM (SELECT person_id,
             MAX(CASE WHEN toleration_months >= %s THEN 1 ELSE 0 END) AS long_term,
             MAX(CASE WHEN verdict IN ({positive}) AND pathway_id NOT IN ({hardship})
                      THEN 1 ELSE 0 END) AS met,
             MAX(CASE WHEN verdict = 'pending_time' THEN 1 ELSE 0 END) AS pending,
             MAX(CASE WHEN verdict = 'unknown' THEN 1 ELSE 0 END) AS unknown
      FROM screening_screeningresult WHERE run_id = %s GROUP BY person_id) AS per_person
LEFT JOIN cases_person AS person ON person.id = per_person.person_id
LEFT JOIN accounts_municipality AS town ON town.id = person.municipality_id
GROUP BY town.name
""".format(positive=", ".join(f"'{v}'" for v in POSITIVE),
           hardship=", ".join(f"'{p}'" for p in HARDSHIP_PATHWAYS))
SCREENING_KEYS = ("screened", "long_term", "met", "pending", "unknown")
STORED = "reporting"  # the key of the run's figures in ScreeningRun.counts
_kept: dict[tuple, dict] = {}
KEEP = 32


def compute_run_figures(run: ScreeningRun) -> dict:
    """The run's persons per class and the long-term tolerated per town (one grouped query).
    Towns are the persons' towns of residence when this is computed - at the end of the run."""
    threshold = settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS
    with connection.cursor() as cursor:
        cursor.execute(SCREENING_SQL, [threshold, run.pk])
        rows = cursor.fetchall()
    counts = dict.fromkeys(SCREENING_KEYS, 0)
    towns: dict[str, int] = {}
    for town, *values in rows:
        for key, value in zip(SCREENING_KEYS, values, strict=True):
            counts[key] += int(value or 0)
        if town is not None and values[1]:
            towns[town] = towns.get(town, 0) + int(values[1])
    return {"threshold": threshold, "counts": counts, "towns": towns}


def store_run_figures(run: ScreeningRun) -> None:
    """Keep the figures with the finished run (screening.runs.run_done): a finished run never
    changes, so every web process reads them from the run instead of computing them."""
    figures = compute_run_figures(run)
    with transaction.atomic():
        locked = ScreeningRun.unscoped.select_for_update().get(pk=run.pk)
        locked.counts = {**(locked.counts or {}), STORED: figures}
        locked.save(update_fields=["counts"])
    run.counts = locked.counts


def run_figures(run: ScreeningRun) -> dict:
    """The stored figures of the run; a run finished before they were stored, or stored with
    another threshold, is computed once per process and kept."""
    stored = (run.counts or {}).get(STORED)
    if stored and stored.get("threshold") == settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS:
        return stored
    # created_at as well: a test database may give a new run the id of a rolled-back one.
    key = (connection.alias, run.pk, run.created_at, settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS)
    if key not in _kept:
        if len(_kept) >= KEEP:
            _kept.pop(next(iter(_kept)))
        _kept[key] = compute_run_figures(run)
    return _kept[key]


def screening_counts(authority_id: int, period: Period) -> dict[str, int]:
    """Persons of the period's run: screened, long-term tolerated, met, pending, unknown."""
    run = screening_run(authority_id, period)
    if run is None:
        return dict.fromkeys(SCREENING_KEYS, 0)
    return run_figures(run)["counts"]


def long_term_per_town(authority_id: int, period: Period) -> dict[str, int]:
    """Long-term tolerated persons of the period's run per town of residence."""
    run = screening_run(authority_id, period)
    if run is None:
        return {}
    return run_figures(run)["towns"]


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


Group = tuple[date, str, int | None, int]  # month, pathway, town (Municipality id or None), count


def grouped(rows: QuerySet, day_field: str, by_town: bool = False) -> list[Group]:
    """Counts per month × pathway (× town of residence): one query serves count, month, norm and
    town (the groups are few: months × norms × towns). Only the grants are shown per town; the
    applications are grouped without the join to the persons."""
    town = "person__municipality_id" if by_town else None
    fields = ["month", "pathway_id", *([town] if town else [])]
    groups = (rows.annotate(month=TruncMonth(day_field)).values_list(*fields)
              .annotate(n=Count("pk")).values_list(*fields, "n").order_by())
    if town:
        return list(groups)
    return [(month, pathway, None, n) for month, pathway, n in groups]


def application_groups(authority_id: int, period: Period) -> list[Group]:
    return per_data_version("applications", authority_id, period,
                            lambda: grouped(applications(authority_id, period), "received_on"))


def grant_groups(authority_id: int, period: Period) -> list[Group]:
    return per_data_version("grants", authority_id, period, lambda: grouped(
        grants(authority_id, period), "decided_on", by_town=True))


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
    return per_data_version("applied_persons", authority_id, period,
                            lambda: _persons(applications(authority_id, period)))


@kpi("funnel_granted", Pillar.INTEGRATION, _("Trichter: Aufenthaltserlaubnis erteilt"),
     _("Personen mit mindestens einer Erteilung im Zeitraum."), funnel=5)
def granted_persons(authority_id: int, period: Period) -> int:
    return per_data_version("granted_persons", authority_id, period,
                            lambda: _persons(grants(authority_id, period)))
