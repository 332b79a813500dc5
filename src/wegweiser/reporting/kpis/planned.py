"""KPIs whose data other apps will record (dialogue meetings).

Each line is shown as "noch nicht erfasst", never as 0. The app that records the data replaces
the line with a function under the same key (see the module docstring of reporting.kpis).
"""

from django.utils.translation import gettext_lazy as _

from .registry import Pillar, not_yet_recorded

P = Pillar
not_yet_recorded("meetings", P.DIALOGUE, _("Treffen mit Partnern"),
                 _("Runde Tische, Sitzungen und Gespräche im Zeitraum."), _("Treffen"))
not_yet_recorded("partners_reached", P.DIALOGUE, _("Erreichte Partner"),
                 _("Organisationen, die im Zeitraum an mindestens einem Treffen teilnahmen."),
                 _("Organisationen"))
not_yet_recorded("actions_done", P.DIALOGUE, _("Vereinbarte Maßnahmen erledigt"),
                 _("Im Zeitraum erledigte Maßnahmen aus Treffen."), _("Maßnahmen"))
not_yet_recorded("actions_overdue", P.DIALOGUE, _("Vereinbarte Maßnahmen überfällig"),
                 _("Am Ende des Zeitraums offene Maßnahmen mit überschrittener Frist."),
                 _("Maßnahmen"))
