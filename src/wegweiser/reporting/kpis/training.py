"""Pillar 4: staff training, from the training app's own figures (training.figures)."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from wegweiser.training.figures import role_coverage, staff
from wegweiser.training.models import Attendance, AttendanceStatus

from .registry import Period, Pillar, kpi


@kpi("training_hours_per_staff", Pillar.TRAINING, _("Fortbildungsstunden je Beschäftigte"),
     _("Stunden besuchter Fortbildungen im Zeitraum je beschäftigter Person."), _("Stunden"),
     suppressible=False)
def hours_per_staff_member(authority_id: int, period: Period) -> Decimal | None:
    members = staff(authority_id).count()
    if not members:
        return None
    hours = Attendance.objects.filter(
        authority_id=authority_id, status=AttendanceStatus.ATTENDED,
        event__held_on__range=(period.start, period.end)).aggregate(h=Sum("event__hours"))["h"]
    return round((hours or Decimal(0)) / members, 1)


@kpi("desk_staff_trained_share", Pillar.TRAINING, _("Anteil der Beratungskräfte mit Pflichtthemen"),
     _("Anteil der Beschäftigten der Beratungsstelle, die am Ende des Zeitraums alle für ihre "
       "Rolle vorgesehenen Themen besucht haben."), _("Prozent"), suppressible=False)
def desk_staff_trained_share(authority_id: int, period: Period) -> int | None:
    return role_coverage(authority_id, period.end).percent
