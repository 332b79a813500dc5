"""KPIs whose data other apps will record (counselling desk, letters, dialogue, training).

Each line is shown as "noch nicht erfasst", never as 0. The app that records the data replaces
the line with a function under the same key (see the module docstring of reporting.kpis).
"""

from django.utils.translation import gettext_lazy as _

from .registry import Pillar, not_yet_recorded

P = Pillar
not_yet_recorded("letters_sent", P.INTEGRATION, _("Anschreiben versandt"),
                 _("Informationsschreiben zu Bleiberechtswegen, im Zeitraum versandt."),
                 _("Schreiben"))
not_yet_recorded("letter_reactions", P.INTEGRATION, _("Reaktionen auf Anschreiben"),
                 _("Angeschriebene Personen, die sich im Zeitraum gemeldet haben."))
not_yet_recorded("funnel_informed", P.INTEGRATION, _("Trichter: informiert"),
                 _("Personen, die im Zeitraum angeschrieben oder informiert wurden."), funnel=2)
not_yet_recorded("funnel_counselled", P.INTEGRATION, _("Trichter: beraten"),
                 _("Personen, die im Zeitraum in der Beratungsstelle beraten wurden."), funnel=3)
not_yet_recorded("appointments", P.COUNSELLING, _("Termine"),
                 _("Wahrgenommene Beratungstermine im Zeitraum."), _("Termine"))
not_yet_recorded("walk_ins", P.COUNSELLING, _("Vorsprachen ohne Termin"),
                 _("Wartenummern der offenen Sprechstunde im Zeitraum."), _("Vorsprachen"))
not_yet_recorded("waiting_minutes", P.COUNSELLING, _("Mittlere Wartezeit"),
                 _("Minuten von der Wartenummer bis zum Aufruf, Mittelwert im Zeitraum."),
                 _("Minuten"), suppressible=False)
not_yet_recorded("no_shows", P.COUNSELLING, _("Nicht wahrgenommene Termine"),
                 _("Gebuchte Termine ohne Erscheinen und ohne Absage im Zeitraum."), _("Termine"))
not_yet_recorded("languages", P.COUNSELLING, _("Beratungssprachen"),
                 _("Sprachen, in denen im Zeitraum beraten wurde."), _("Sprachen"),
                 suppressible=False)
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
