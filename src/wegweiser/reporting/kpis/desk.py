"""Pillar 4, the counselling desk: appointments, walk-ins, waiting, no-shows, languages.

Definitions follow the ZMS statistics (docs/user-guide/beratungsstelle.md): waiting counts from
the ticket's `waiting_since` (an appointment's time, a walk-in's arrival) to the first call; a
cancellation is never a no-show.
"""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Avg, DurationField, ExpressionWrapper, F
from django.utils.translation import gettext_lazy as _

from wegweiser.counselling.models import Appointment, Outcome, QueueTicket
from wegweiser.counselling.models.records import Session

from .registry import Period, Pillar, kpi


def _appointments(authority_id: int, period: Period, outcome: str):
    return Appointment.objects.filter(authority_id=authority_id, outcome=outcome,
                                      starts_at__date__range=(period.start, period.end))


@kpi("appointments", Pillar.COUNSELLING, _("Termine"),
     _("Wahrgenommene Beratungstermine im Zeitraum."), _("Termine"))
def appointments(authority_id: int, period: Period) -> int:
    return _appointments(authority_id, period, Outcome.ATTENDED).count()


@kpi("walk_ins", Pillar.COUNSELLING, _("Vorsprachen ohne Termin"),
     _("Wartenummern der offenen Sprechstunde (ohne gebuchten Termin) im Zeitraum."),
     _("Vorsprachen"))
def walk_ins(authority_id: int, period: Period) -> int:
    return QueueTicket.objects.filter(authority_id=authority_id, appointment__isnull=True,
                                      day__range=(period.start, period.end)).count()


@kpi("waiting_minutes", Pillar.COUNSELLING, _("Mittlere Wartezeit"),
     _("Minuten von „wartet seit“ (Terminzeit oder Ankunft) bis zum ersten Aufruf, Mittelwert "
       "über die im Zeitraum aufgerufenen Wartenummern."), _("Minuten"), suppressible=False)
def waiting_minutes(authority_id: int, period: Period) -> int | None:
    waited = ExpressionWrapper(F("called_at") - F("waiting_since"), output_field=DurationField())
    mean = (QueueTicket.objects.filter(authority_id=authority_id, called_at__isnull=False,
                                       day__range=(period.start, period.end))
            .aggregate(mean=Avg(waited, output_field=DurationField()))["mean"])
    if mean is None:
        return None
    return max(0, round(mean / timedelta(minutes=1)))


@kpi("no_shows", Pillar.COUNSELLING, _("Nicht wahrgenommene Termine"),
     _("Gebuchte Termine im Zeitraum, zu denen die Person laut Beratungsstelle nicht kam; "
       "Absagen zählen nie dazu."), _("Termine"))
def no_shows(authority_id: int, period: Period) -> int:
    return _appointments(authority_id, period, Outcome.NOT_ATTENDED).count()


@kpi("languages", Pillar.COUNSELLING, _("Beratungssprachen"),
     _("Verschiedene Sprachen, in denen im Zeitraum beraten oder gedolmetscht wurde."),
     _("Sprachen"), suppressible=False)
def languages(authority_id: int, period: Period) -> int:
    sessions = Session.objects.filter(authority_id=authority_id,
                                      held_on__range=(period.start, period.end)).order_by()
    spoken = set(sessions.exclude(language="").values_list("language", flat=True).distinct())
    spoken |= set(sessions.exclude(interpreter_language="")
                  .values_list("interpreter_language", flat=True).distinct())
    return len({name.strip().casefold() for name in spoken})
