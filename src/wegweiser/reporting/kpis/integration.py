"""Pillar 1: who could stay, who applied, who was granted a title.

Screening figures come from the latest completed screening run up to the end of the period whose
per-person results are still stored (screening.retention keeps the latest runs): the law is not
evaluated again here. Applications and decisions are those on a residence title (Application
subject "Aufenthaltserlaubnis") received or decided within the period.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import Application, Decision
from wegweiser.cases.models.decision import ApplicationSubject, Outcome
from wegweiser.screening.models import RunStatus, ScreeningResult, ScreeningRun
from wegweiser.screening.runs import POSITIVE
from wegweiser.screening.worklist import HARDSHIP_PATHWAYS

from .registry import Period, Pillar, kpi

GRANTED = (Outcome.GRANTED, Outcome.PARTLY)


def screening_run(authority_id: int, period: Period) -> ScreeningRun | None:
    """The run the period's screening figures come from (None: no run up to its end)."""
    stored = ScreeningResult.objects.filter(run=OuterRef("pk"))
    return (ScreeningRun.objects.filter(authority_id=authority_id, status=RunStatus.DONE,
                                        as_of__lte=period.end)
            .filter(Exists(stored)).order_by("-as_of", "-pk").first())


def run_results(authority_id: int, period: Period) -> QuerySet[ScreeningResult]:
    run = screening_run(authority_id, period)
    return ScreeningResult.objects.filter(run=run) if run else ScreeningResult.objects.none()


def long_term_filter() -> Q:
    """The screening's own definition of a Kettenduldung (screening.worklist.scope_filter)."""
    return Q(toleration_months__gte=settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS)


def _persons(rows: QuerySet) -> int:
    return rows.values("person_id").distinct().count()


@kpi("long_term_tolerated", Pillar.INTEGRATION, _("Langjährig geduldete Personen"),
     _("Personen, die im maßgeblichen Prüflauf seit mindestens der eingestellten Zahl von "
       "Monaten ununterbrochen geduldet sind (Kettenduldung, wie in der Bleiberechtsprüfung)."))
def long_term_tolerated(authority_id: int, period: Period) -> int:
    return _persons(run_results(authority_id, period).filter(long_term_filter()))


@kpi("screened", Pillar.INTEGRATION, _("Geprüfte Personen"),
     _("Personen im letzten abgeschlossenen Prüflauf bis zum Ende des Zeitraums."), funnel=1)
def screened(authority_id: int, period: Period) -> int:
    return _persons(run_results(authority_id, period))


def _met() -> Q:
    return Q(verdict__in=POSITIVE) & ~Q(pathway_id__in=HARDSHIP_PATHWAYS)


@kpi("pathways_met", Pillar.INTEGRATION, _("Bleiberechtsweg erfüllt"),
     _("Geprüfte Personen mit mindestens einem jetzt erfüllten Bleiberechtsweg (ohne § 23a)."))
def pathways_met(authority_id: int, period: Period) -> int:
    return _persons(run_results(authority_id, period).filter(_met()))


@kpi("pathways_pending", Pillar.INTEGRATION, _("Bleiberechtsweg in Sicht"),
     _("Geprüfte Personen ohne erfüllten Weg, bei denen nur noch eine Frist fehlt."))
def pathways_pending(authority_id: int, period: Period) -> int:
    rows = run_results(authority_id, period)
    met = rows.filter(_met()).values("person_id")
    return _persons(rows.filter(verdict="pending_time").exclude(person_id__in=met))


@kpi("pathways_unknown", Pillar.INTEGRATION, _("Ergebnis hängt an fehlenden Angaben"),
     _("Geprüfte Personen ohne erfüllten oder absehbaren Weg, bei denen mindestens ein "
       "Ergebnis an fehlenden Angaben hängt."))
def pathways_unknown(authority_id: int, period: Period) -> int:
    rows = run_results(authority_id, period)
    settled = rows.filter(_met() | Q(verdict="pending_time")).values("person_id")
    return _persons(rows.filter(verdict="unknown").exclude(person_id__in=settled))


def applications(authority_id: int, period: Period) -> QuerySet[Application]:
    return Application.objects.filter(authority_id=authority_id,
                                      subject=ApplicationSubject.RESIDENCE_PERMIT,
                                      received_on__range=(period.start, period.end))


def grants(authority_id: int, period: Period) -> QuerySet[Decision]:
    return Decision.objects.filter(authority_id=authority_id, outcome__in=GRANTED,
                                   application__subject=ApplicationSubject.RESIDENCE_PERMIT,
                                   decided_on__range=(period.start, period.end))


@kpi("applications", Pillar.INTEGRATION, _("Anträge auf Aufenthaltserlaubnis"),
     _("Im Zeitraum eingegangene Anträge auf eine Aufenthaltserlaubnis."), _("Anträge"))
def application_count(authority_id: int, period: Period) -> int:
    return applications(authority_id, period).count()


@kpi("grants", Pillar.INTEGRATION, _("Erteilte Aufenthaltserlaubnisse"),
     _("Im Zeitraum (ganz oder teilweise) stattgebende Entscheidungen über eine "
       "Aufenthaltserlaubnis."), _("Entscheidungen"))
def grant_count(authority_id: int, period: Period) -> int:
    return grants(authority_id, period).count()


@kpi("funnel_applied", Pillar.INTEGRATION, _("Trichter: Antrag gestellt"),
     _("Personen mit mindestens einem Antrag auf Aufenthaltserlaubnis im Zeitraum."), funnel=4)
def applied_persons(authority_id: int, period: Period) -> int:
    return _persons(applications(authority_id, period))


@kpi("funnel_granted", Pillar.INTEGRATION, _("Trichter: Aufenthaltserlaubnis erteilt"),
     _("Personen mit mindestens einer Erteilung im Zeitraum."), funnel=5)
def granted_persons(authority_id: int, period: Period) -> int:
    return _persons(grants(authority_id, period))
