"""Pillar 3, dialogue: meetings and partners from dialogue.figures; agreed actions per period.

The actions carry their state, not the day it changed: "erledigt" counts the actions agreed in
meetings of the period that are done today; "überfällig" those still open with a due date before
the end of the period.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wegweiser.dialogue.figures import DialogueFigures, figures
from wegweiser.dialogue.models import OPEN_STATES, ActionStatus, AgreedAction

from .registry import Period, Pillar, kpi, shared


def _figures(authority_id: int, period: Period) -> DialogueFigures:
    return shared(("dialogue", authority_id, period),
                  lambda: figures(authority_id, period.start, period.end, period.end))


@kpi("meetings", Pillar.DIALOGUE, _("Treffen mit Partnern"),
     _("Durchgeführte Runde Tische, Sitzungen und Gespräche im Zeitraum."), _("Treffen"))
def meetings(authority_id: int, period: Period) -> int:
    return _figures(authority_id, period).meetings_held


@kpi("partners_reached", Pillar.DIALOGUE, _("Erreichte Partner"),
     _("Organisationen, die im Zeitraum an mindestens einem Treffen teilnahmen."),
     _("Organisationen"))
def partners_reached(authority_id: int, period: Period) -> int:
    return _figures(authority_id, period).partners_reached


@kpi("actions_done", Pillar.DIALOGUE, _("Vereinbarte Maßnahmen erledigt"),
     _("Vereinbarungen aus Treffen des Zeitraums, die heute erledigt sind."), _("Maßnahmen"))
def actions_done(authority_id: int, period: Period) -> int:
    return AgreedAction.objects.filter(
        authority_id=authority_id, status=ActionStatus.DONE,
        meeting__date__range=(period.start, period.end)).count()


@kpi("actions_overdue", Pillar.DIALOGUE, _("Vereinbarte Maßnahmen überfällig"),
     _("Offene Vereinbarungen, deren Frist vor dem Ende des Zeitraums lag."), _("Maßnahmen"))
def actions_overdue(authority_id: int, period: Period) -> int:
    return AgreedAction.objects.filter(
        authority_id=authority_id, status__in=OPEN_STATES, due__lt=period.end,
        meeting__date__lte=period.end).count()
