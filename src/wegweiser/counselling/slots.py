"""The desk's calendar as rows: slots from opening hours × parallel counsellors, minus closed days.

`sync_slots` is idempotent and set-based: it computes the wanted slots for a period, creates the
missing ones in one statement and deletes free future slots that the opening hours no longer
contain. A slot that is already claimed is never deleted: its appointment is returned instead,
so that staff can rearrange it (an appointment is never dropped silently).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Appointment, ClosedDay, Contingent, Desk, OpeningHours, Slot


@dataclass(frozen=True)
class WantedSlot:
    starts_at: datetime
    ends_at: datetime
    seat: int
    contingent: str
    released_at: datetime


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=local_zone())


def release_moment(desk: Desk, day: date) -> datetime:
    """Slots of `day` open to the public at the release time, horizon_days before the day."""
    return at(day - timedelta(days=desk.horizon_days), desk.release_time)


def wanted_slots(desk: Desk, first: date, last: date) -> list[WantedSlot]:
    hours = list(OpeningHours.unscoped.filter(desk=desk))
    closed = set(ClosedDay.unscoped.filter(desk=desk, day__range=(first, last))
                 .values_list("day", flat=True))
    wanted: list[WantedSlot] = []
    day = first
    while day <= last:
        if day not in closed:
            wanted.extend(_day_slots(desk, day, [h for h in hours if h.weekday == day.weekday()]))
        day += timedelta(days=1)
    return wanted


def _day_slots(desk: Desk, day: date, hours: list[OpeningHours]) -> list[WantedSlot]:
    unit = timedelta(minutes=desk.unit_minutes)
    released = release_moment(desk, day)
    times = sorted((start, seat) for block in hours
                   for start in _starts(day, block, unit)
                   for seat in range(1, block.counsellors + 1))
    # The emergency contingent: the day's first slots on the highest seat, so that regular
    # bookings fill the other seats first and an urgent case can still be seen early.
    emergency = set(sorted(times, key=lambda t: (-t[1], t[0]))[:desk.emergency_slots_per_day])
    return [WantedSlot(start, start + unit, seat,
                       Contingent.EMERGENCY if (start, seat) in emergency else Contingent.REGULAR,
                       released)
            for start, seat in times]


def _starts(day: date, block: OpeningHours, unit: timedelta) -> Iterator[datetime]:
    start, end = at(day, block.starts), at(day, block.ends)
    while start + unit <= end:
        yield start
        start += unit


def sync_slots(desk: Desk, until: date | None = None, today: date | None = None) -> list[Appointment]:
    """Bring the slots from today to `until` (default: the booking horizon) in line with the
    desk's opening hours. Returns appointments whose slot the opening hours no longer hold."""
    today = today or timezone.localdate()
    until = until or today + timedelta(days=desk.horizon_days)
    wanted = {(w.starts_at, w.seat): w for w in wanted_slots(desk, today, until)}
    period = Slot.unscoped.filter(desk=desk, starts_at__gte=at(today, time.min),
                                  starts_at__lt=at(until + timedelta(days=1), time.min))
    with transaction.atomic():
        existing = {(s.starts_at, s.seat): s for s in period.select_related("claim")
                    .only("pk", "starts_at", "seat", "contingent", "claim__appointment_id")}
        stale = [slot for key, slot in existing.items() if key not in wanted]
        free_stale = [s.pk for s in stale if not hasattr(s, "claim")]
        Slot.unscoped.filter(pk__in=free_stale).delete()
        Slot.unscoped.bulk_create(
            [Slot(authority_id=desk.authority_id, desk=desk, starts_at=w.starts_at,
                  ends_at=w.ends_at, seat=w.seat, contingent=w.contingent,
                  released_at=w.released_at)
             for key, w in wanted.items() if key not in existing],
            batch_size=500)
    orphaned = [s.claim.appointment_id for s in stale if hasattr(s, "claim")]
    return list(Appointment.unscoped.filter(pk__in=orphaned))
