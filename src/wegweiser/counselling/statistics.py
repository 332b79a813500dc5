"""The desk's figures with the ZMS definitions (B-7), for one desk and period; no personal data.

- Waiting time runs from `waiting_since` (arrival, or the appointment's time if later) to the
  first call; average and maximum per hour of the day, for booked visitors and walk-ins.
- Served per day: tickets finished.
- No-show rate: not attended ÷ (attended + not attended); cancellations (also late ones) and
  appointments without a stated outcome are not counted.
- Capacity: booked slots ÷ planned slots (and minutes).

Each figure is one query over the period (grouped in the database where the grouping is
plain, otherwise over narrow value rows), never one query per day or ticket.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Appointment, Desk, Outcome, QueueTicket, Slot, TicketStatus
from .slots import at


@dataclass
class WaitRow:
    hour: int
    booked_avg: int | None = None
    booked_max: int | None = None
    walk_in_avg: int | None = None
    walk_in_max: int | None = None
    total_avg: int | None = None
    total_max: int | None = None


@dataclass
class Figures:
    start: date
    end: date
    waits: list[WaitRow] = field(default_factory=list)
    served_per_day: list[tuple[date, int]] = field(default_factory=list)
    attended: int = 0
    not_attended: int = 0
    late_cancelled: int = 0
    unresolved: int = 0
    languages: list[tuple[str, int]] = field(default_factory=list)
    interpreters: list[tuple[str, int]] = field(default_factory=list)
    planned_slots: int = 0
    booked_slots: int = 0
    unit_minutes: int = 30

    @property
    def no_show_rate(self) -> float | None:
        shown = self.attended + self.not_attended
        return round(100 * self.not_attended / shown, 1) if shown else None

    @property
    def capacity_rate(self) -> float | None:
        return round(100 * self.booked_slots / self.planned_slots, 1) if self.planned_slots else None

    @property
    def planned_minutes(self) -> int:
        return self.planned_slots * self.unit_minutes

    @property
    def booked_minutes(self) -> int:
        return self.booked_slots * self.unit_minutes


def figures(desk: Desk, start: date, end: date) -> Figures:
    result = Figures(start=start, end=end, unit_minutes=desk.unit_minutes)
    result.waits = _waits(desk, start, end)
    result.served_per_day = list(
        QueueTicket.objects.filter(desk=desk, day__range=(start, end), status=TicketStatus.DONE)
        .values_list("day").annotate(n=Count("pk")).order_by("day"))
    _outcomes(result, desk, start, end)
    _languages(result, desk, start, end)
    _capacity(result, desk, start, end)
    return result


def _period(start: date, end: date) -> tuple:
    return at(start, time.min), at(end + timedelta(days=1), time.min)


def _waits(desk: Desk, start: date, end: date) -> list[WaitRow]:
    rows = QueueTicket.objects.filter(desk=desk, day__range=(start, end),
                                      called_at__isnull=False).values_list(
        "waiting_since", "called_at", "appointment_id")
    minutes: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for since, called, appointment_id in rows:
        waited = max((called - since).total_seconds() / 60, 0)
        hour = timezone.localtime(since).hour
        minutes[hour]["booked" if appointment_id else "walk_in"].append(waited)
        minutes[hour]["total"].append(waited)
    table = []
    for hour in sorted(minutes):
        row = WaitRow(hour)
        for kind, values in minutes[hour].items():
            setattr(row, f"{kind}_avg", round(sum(values) / len(values)))
            setattr(row, f"{kind}_max", round(max(values)))
        table.append(row)
    return table


def _outcomes(result: Figures, desk: Desk, start: date, end: date) -> None:
    counts = Appointment.objects.filter(desk=desk, starts_at__range=_period(start, end)).aggregate(
        attended=Count("pk", filter=Q(outcome=Outcome.ATTENDED)),
        not_attended=Count("pk", filter=Q(outcome=Outcome.NOT_ATTENDED)),
        late_cancelled=Count("pk", filter=Q(outcome=Outcome.LATE_CANCELLED)),
        unresolved=Count("pk", filter=Q(outcome=Outcome.UNRESOLVED,
                                        status__in=["confirmed", "checked_in", "done"],
                                        starts_at__lt=timezone.now())))
    for name, value in counts.items():
        setattr(result, name, value)


def _languages(result: Figures, desk: Desk, start: date, end: date) -> None:
    """Languages of bookings and walk-ins together; interpreter needs of bookings."""
    counts: dict[str, int] = defaultdict(int)
    booked = Appointment.objects.filter(desk=desk, starts_at__range=_period(start, end))
    for language, n in booked.values_list("language").annotate(n=Count("pk")):
        counts[language] += n
    walk_ins = QueueTicket.objects.filter(desk=desk, day__range=(start, end),
                                          appointment__isnull=True)
    for language, n in walk_ins.values_list("language").annotate(n=Count("pk")):
        counts[language] += n
    result.languages = sorted(((code or "", n) for code, n in counts.items()),
                              key=lambda pair: (-pair[1], pair[0]))
    result.interpreters = list(
        booked.exclude(interpreter_language="").values_list("interpreter_language")
        .annotate(n=Count("pk")).order_by("-n", "interpreter_language"))


def _capacity(result: Figures, desk: Desk, start: date, end: date) -> None:
    counts = Slot.objects.filter(desk=desk, starts_at__range=_period(start, end)).aggregate(
        planned=Count("pk"), booked=Count("pk", filter=Q(claim__isnull=False)))
    result.planned_slots, result.booked_slots = counts["planned"], counts["booked"]


def language_name(code: str) -> str:
    from django.conf import settings

    if not code:
        return _("nicht angegeben")
    return dict(settings.LANGUAGES).get(code, code)


def csv_rows(result: Figures):
    yield [_("Zeitraum"), "", f"{result.start.isoformat()} – {result.end.isoformat()}"]
    for row in result.waits:
        for kind, label in (("booked", _("Termin")), ("walk_in", _("ohne Termin")),
                            ("total", _("gesamt"))):
            yield [_("Wartezeit Ø (Minuten)"), f"{row.hour:02d} {_('Uhr')} {label}",
                   _blank(getattr(row, f"{kind}_avg"))]
            yield [_("Wartezeit max. (Minuten)"), f"{row.hour:02d} {_('Uhr')} {label}",
                   _blank(getattr(row, f"{kind}_max"))]
    for day, n in result.served_per_day:
        yield [_("Beraten je Tag"), day.isoformat(), n]
    yield [_("Erschienen"), "", result.attended]
    yield [_("Nicht erschienen"), "", result.not_attended]
    yield [_("Kurzfristig abgesagt"), "", result.late_cancelled]
    yield [_("Nichterscheinen (%)"), "", _blank(result.no_show_rate)]
    for code, n in result.languages:
        yield [_("Sprache"), language_name(code), n]
    for code, n in result.interpreters:
        yield [_("Dolmetschen benötigt"), language_name(code), n]
    yield [_("Geplante Zeitfenster"), "", result.planned_slots]
    yield [_("Gebuchte Zeitfenster"), "", result.booked_slots]
    yield [_("Geplante Minuten"), "", result.planned_minutes]
    yield [_("Gebuchte Minuten"), "", result.booked_minutes]


def csv_header() -> list[str]:
    return [_("Kennzahl"), _("Gruppe"), _("Wert")]


def _blank(value) -> str:
    return "" if value is None else str(value)
