"""Pillar 1, second half: case conferences, guidelines and the use of discretion."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import Decision
from wegweiser.cases.models.decision import Discretion
from wegweiser.review.guidelines import versions_in_force
from wegweiser.review.models import AgendaItem, Conference
from wegweiser.review.models.conference import ConferenceStatus

from .registry import Period, Pillar, kpi, per_data_version

HELD = (ConferenceStatus.HELD, ConferenceStatus.APPROVED)


def held_conferences(authority_id: int, period: Period) -> QuerySet[Conference]:
    return Conference.objects.filter(authority_id=authority_id, status__in=HELD,
                                     held_on__range=(period.start, period.end))


@kpi("conferences_held", Pillar.HARDSHIP, _("Fallkonferenzen"),
     _("Im Zeitraum durchgeführte Fallkonferenzen."), _("Konferenzen"))
def conferences_held(authority_id: int, period: Period) -> int:
    return held_conferences(authority_id, period).count()


@kpi("cases_discussed", Pillar.HARDSHIP, _("Beratene Fälle"),
     _("Personen, deren Fall im Zeitraum in einer Fallkonferenz beraten wurde."))
def cases_discussed(authority_id: int, period: Period) -> int:
    return (AgendaItem.objects.filter(conference__in=held_conferences(authority_id, period))
            .values("person_id").distinct().count())


@kpi("guidelines_in_force", Pillar.HARDSHIP, _("Leitlinien in Kraft"),
     _("Leitlinien der Entscheidungspraxis, die am letzten Tag des Zeitraums gelten."),
     _("Leitlinien"), suppressible=False)
def guidelines_in_force(authority_id: int, period: Period) -> int:
    return versions_in_force(authority_id, period.end).values("guideline_id").distinct().count()


@kpi("discretion_in_favour", Pillar.HARDSHIP, _("Ermessen zugunsten ausgeübt"),
     _("Entscheidungen im Zeitraum, in denen das Ermessen zugunsten der Person ausgeübt wurde."),
     _("Entscheidungen"))
def discretion_in_favour(authority_id: int, period: Period) -> int:
    return per_data_version("discretion_in_favour", authority_id, period, lambda: (
        Decision.objects.filter(authority_id=authority_id, discretion=Discretion.IN_FAVOUR,
                                decided_on__range=(period.start, period.end)).count()))
