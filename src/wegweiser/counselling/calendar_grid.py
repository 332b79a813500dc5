"""The desk's calendar as the day and week views show it: one query for slots, their claims
and appointments (select_related), one for closed days."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AppointmentStatus, ClosedDay, Contingent, Desk, Slot
from .slots import at
from .statistics import language_name

FREE, EMERGENCY, HELD, BOOKED = "free", "emergency", "held", "booked"
STATE_LABELS = {FREE: _("frei"), EMERGENCY: _("frei (Notfallkontingent)"),
                HELD: _("reserviert, unbestätigt"), BOOKED: _("gebucht")}


@dataclass
class Cell:
    slot: Slot

    @property
    def appointment(self):
        claim = getattr(self.slot, "claim", None)
        return claim.appointment if claim is not None else None

    @property
    def state(self) -> str:
        appointment = self.appointment
        if appointment is None:
            return EMERGENCY if self.slot.contingent == Contingent.EMERGENCY else FREE
        return HELD if appointment.status == AppointmentStatus.HELD else BOOKED

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def language(self) -> str:
        appointment = self.appointment
        return language_name(appointment.language) if appointment and appointment.language else ""

    @property
    def interpreter(self) -> str:
        appointment = self.appointment
        if appointment is None or not appointment.interpreter_language:
            return ""
        return language_name(appointment.interpreter_language)


@dataclass
class Row:
    starts: datetime
    cells: list[Cell | None]


@dataclass
class DayGrid:
    day: date
    seats: list[int]
    rows: list[Row]
    closed_reason: str | None = None

    @property
    def closed(self) -> bool:
        return self.closed_reason is not None


@dataclass
class WeekColumn:
    day: date
    closed_reason: str | None = None
    # starts (local time) -> (free, total)
    counts: dict[time, tuple[int, int]] = field(default_factory=dict)


@dataclass
class WeekGrid:
    monday: date
    columns: list[WeekColumn]
    times: list[time]

    def rows(self):
        return [(moment, [column.counts.get(moment) for column in self.columns])
                for moment in self.times]


def _slots(desk: Desk, first: date, last: date) -> list[Slot]:
    return list(Slot.objects.filter(
        desk=desk, starts_at__gte=at(first, time.min),
        starts_at__lt=at(last + timedelta(days=1), time.min))
        .select_related("claim__appointment__topic").order_by("starts_at", "seat"))


def _closed(desk: Desk, first: date, last: date) -> dict[date, str]:
    return dict(ClosedDay.objects.filter(desk=desk, day__range=(first, last))
                .values_list("day", "reason"))


def day_grid(desk: Desk, day: date) -> DayGrid:
    slots = _slots(desk, day, day)
    closed = _closed(desk, day, day)
    seats = sorted({slot.seat for slot in slots})
    by_start: dict[datetime, dict[int, Slot]] = defaultdict(dict)
    for slot in slots:
        by_start[timezone.localtime(slot.starts_at)][slot.seat] = slot
    rows = [Row(starts, [Cell(seat_slots[s]) if s in seat_slots else None for s in seats])
            for starts, seat_slots in sorted(by_start.items())]
    reason = closed.get(day)
    return DayGrid(day, seats, rows, None if reason is None else reason or str(_("geschlossen")))


def week_grid(desk: Desk, day: date) -> WeekGrid:
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    slots = _slots(desk, monday, sunday)
    closed = _closed(desk, monday, sunday)
    counts: dict[date, dict[time, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for slot in slots:
        local = timezone.localtime(slot.starts_at)
        pair = counts[local.date()][local.time()]
        pair[0] += Cell(slot).appointment is None
        pair[1] += 1
    days = [monday + timedelta(days=n) for n in range(7)]
    # Weekend days without slots and without a closure are left out.
    shown = [d for d in days if d.weekday() < 5 or counts.get(d) or d in closed]
    columns = [WeekColumn(d, (closed[d] or str(_("geschlossen"))) if d in closed else None,
                          {t: (p[0], p[1]) for t, p in counts.get(d, {}).items()})
               for d in shown]
    times = sorted({t for column in columns for t in column.counts})
    return WeekGrid(monday, columns, times)
