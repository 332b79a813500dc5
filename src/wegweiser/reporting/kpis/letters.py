"""Pillar 1, the proactive letters (letters app): sent, reactions, and funnel stages 2 and 3."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wegweiser.counselling.models import Appointment, Outcome
from wegweiser.letters.models import Letter, LetterMember

from .registry import Period, Pillar, kpi


@kpi("letters_sent", Pillar.INTEGRATION, _("Anschreiben versandt"),
     _("Informationsschreiben zu Bleiberechtswegen, im Zeitraum versandt (ein Schreiben je "
       "Haushalt)."), _("Schreiben"))
def letters_sent(authority_id: int, period: Period) -> int:
    return Letter.objects.filter(authority_id=authority_id,
                                 dispatched_on__range=(period.start, period.end)).count()


@kpi("letter_reactions", Pillar.INTEGRATION, _("Reaktionen auf Anschreiben"),
     _("Schreiben, deren persönlicher Buchungscode im Zeitraum für einen Termin genutzt wurde."),
     _("Schreiben"))
def letter_reactions(authority_id: int, period: Period) -> int:
    return (Appointment.objects.filter(authority_id=authority_id, booking_code__isnull=False,
                                       created_at__date__range=(period.start, period.end))
            .values("booking_code").distinct().count())


@kpi("funnel_informed", Pillar.INTEGRATION, _("Trichter: informiert"),
     _("Personen, die im Zeitraum mit einem versandten Schreiben angeschrieben wurden (alle "
       "Mitglieder des Haushalts)."), funnel=2)
def informed_persons(authority_id: int, period: Period) -> int:
    return (LetterMember.objects.filter(
        authority_id=authority_id, letter__dispatched_on__range=(period.start, period.end))
        .values("person").distinct().count())


@kpi("funnel_counselled", Pillar.INTEGRATION, _("Trichter: beraten"),
     _("Angeschriebene Personen, die im Zeitraum mit dem Buchungscode ihres Schreibens zur "
       "Beratung kamen. Beratungen ohne Code bleiben anonym und zählen hier nicht."), funnel=3)
def counselled_persons(authority_id: int, period: Period) -> int:
    came = Q(outcome=Outcome.ATTENDED, starts_at__date__range=(period.start, period.end))
    return (Appointment.objects.filter(came, authority_id=authority_id,
                                       booking_code__isnull=False)
            .values("booking_code__person").distinct().count())
