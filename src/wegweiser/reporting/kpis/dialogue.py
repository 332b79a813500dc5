"""Pillar 3, dialogue: every figure from dialogue.figures, the one counting rule of the dialogue
(documented there): "erledigt" counts the actions agreed in meetings of the period that are done
today; "überfällig" those of meetings up to the period's end still open with a due date before
that end.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wegweiser.dialogue.figures import DialogueFigures, figures

from .registry import Period, Pillar, kpi, shared


def _figures(authority_id: int, period: Period) -> DialogueFigures:
    return shared(("dialogue", authority_id, period),
                  lambda: figures(authority_id, period.start, period.end))


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
    return _figures(authority_id, period).actions_done


@kpi("actions_overdue", Pillar.DIALOGUE, _("Vereinbarte Maßnahmen überfällig"),
     _("Offene Vereinbarungen, deren Frist vor dem Ende des Zeitraums lag."), _("Maßnahmen"))
def actions_overdue(authority_id: int, period: Period) -> int:
    return _figures(authority_id, period).actions_overdue
