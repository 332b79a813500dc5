"""The desk's figures with the ZMS definitions (B-7), for one desk or all desks of the
authority, and a period; no personal data.

- Waiting time runs from `waiting_since` (arrival, or the appointment's time if later) to the
  first call; average and maximum per hour of the day, for booked visitors and walk-ins.
- Served per day: tickets finished.
- No-show rate: not attended ÷ (attended + not attended); cancellations (also late ones) and
  appointments without a stated outcome are not counted.
- Capacity: booked slots ÷ planned slots (and minutes).

Each figure is one query over the period (grouped in the database where the grouping is
plain, otherwise over narrow value rows), never one query per day or ticket.

`outward_rows` is the table that leaves the office (XLSX): counts of persons from 1 to
WEGWEISER_SUPPRESS_BELOW - 1 become "< 5" (reporting/suppression.py); waiting minutes, rates and
the capacity (slots and minutes, no persons) are shown as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
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
    # Desks may differ in the length of a slot: minutes are summed per desk.
    planned_minutes: int = 0
    booked_minutes: int = 0

    @property
    def no_show_rate(self) -> float | None:
        shown = self.attended + self.not_attended
        return round(100 * self.not_attended / shown, 1) if shown else None

    @property
    def capacity_rate(self) -> float | None:
        return round(100 * self.booked_slots / self.planned_slots, 1) if self.planned_slots else None


def figures(desks: Desk | Sequence[Desk], start: date, end: date) -> Figures:
    """For one desk, or several (all desks of the authority) added up."""
    chosen = [desks] if isinstance(desks, Desk) else list(desks)
    result = Figures(start=start, end=end)
    result.waits = _waits(chosen, start, end)
    result.served_per_day = list(
        QueueTicket.objects.filter(desk__in=chosen, day__range=(start, end),
                                   status=TicketStatus.DONE)
        .values_list("day").annotate(n=Count("pk")).order_by("day"))
    _outcomes(result, chosen, start, end)
    _languages(result, chosen, start, end)
    _capacity(result, chosen, start, end)
    return result


def _period(start: date, end: date) -> tuple:
    return at(start, time.min), at(end + timedelta(days=1), time.min)


def _waits(desks: list[Desk], start: date, end: date) -> list[WaitRow]:
    rows = QueueTicket.objects.filter(desk__in=desks, day__range=(start, end),
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


def _outcomes(result: Figures, desks: list[Desk], start: date, end: date) -> None:
    counts = Appointment.objects.filter(desk__in=desks, starts_at__range=_period(start, end)).aggregate(
        attended=Count("pk", filter=Q(outcome=Outcome.ATTENDED)),
        not_attended=Count("pk", filter=Q(outcome=Outcome.NOT_ATTENDED)),
        late_cancelled=Count("pk", filter=Q(outcome=Outcome.LATE_CANCELLED)),
        unresolved=Count("pk", filter=Q(outcome=Outcome.UNRESOLVED,
                                        status__in=["confirmed", "checked_in", "done"],
                                        starts_at__lt=timezone.now())))
    for name, value in counts.items():
        setattr(result, name, value)


def _languages(result: Figures, desks: list[Desk], start: date, end: date) -> None:
    """Languages of bookings and walk-ins together; interpreter needs of bookings."""
    counts: dict[str, int] = defaultdict(int)
    booked = Appointment.objects.filter(desk__in=desks, starts_at__range=_period(start, end))
    for language, n in booked.values_list("language").annotate(n=Count("pk")):
        counts[language] += n
    walk_ins = QueueTicket.objects.filter(desk__in=desks, day__range=(start, end),
                                          appointment__isnull=True)
    for language, n in walk_ins.values_list("language").annotate(n=Count("pk")):
        counts[language] += n
    result.languages = sorted(((code or "", n) for code, n in counts.items()),
                              key=lambda pair: (-pair[1], pair[0]))
    result.interpreters = list(
        booked.exclude(interpreter_language="").values_list("interpreter_language")
        .annotate(n=Count("pk")).order_by("-n", "interpreter_language"))


def _capacity(result: Figures, desks: list[Desk], start: date, end: date) -> None:
    minutes = {desk.pk: desk.unit_minutes for desk in desks}
    per_desk = Slot.objects.filter(desk__in=desks, starts_at__range=_period(start, end)).values(
        "desk_id").annotate(planned=Count("pk"), booked=Count("pk", filter=Q(claim__isnull=False)))
    for row in per_desk:
        result.planned_slots += row["planned"]
        result.booked_slots += row["booked"]
        result.planned_minutes += row["planned"] * minutes[row["desk_id"]]
        result.booked_minutes += row["booked"] * minutes[row["desk_id"]]


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


def outward_rows(result: Figures, desks: Sequence[Desk]) -> Iterator[list[str]]:
    """The figures as they leave the office: small counts of persons suppressed."""
    from wegweiser.reporting.suppression import shown, suppress

    yield [_("Beratungsstellen"), "", ", ".join(desk.name for desk in desks)]
    yield [_("Zeitraum"), "", f"{result.start.isoformat()} – {result.end.isoformat()}"]
    for row in result.waits:
        for kind, label in (("booked", _("Termin")), ("walk_in", _("ohne Termin")),
                            ("total", _("gesamt"))):
            hour = f"{row.hour:02d} {_('Uhr')} {label}"
            for name, value in ((_("Wartezeit Ø (Minuten)"), getattr(row, f"{kind}_avg")),
                                (_("Wartezeit max. (Minuten)"), getattr(row, f"{kind}_max"))):
                yield [name, hour, "" if value is None else shown(value)]
    for day, n in result.served_per_day:
        yield [_("Beraten je Tag"), day.isoformat(), suppress(n)]
    yield [_("Erschienen"), "", suppress(result.attended)]
    yield [_("Nicht erschienen"), "", suppress(result.not_attended)]
    yield [_("Kurzfristig abgesagt"), "", suppress(result.late_cancelled)]
    yield [_("Nichterscheinen (%)"), "", suppress(result.no_show_rate, suppressible=False)]
    for code, n in result.languages:
        yield [_("Sprache"), language_name(code), suppress(n)]
    for code, n in result.interpreters:
        yield [_("Dolmetschen benötigt"), language_name(code), suppress(n)]
    for label, value in ((_("Geplante Zeitfenster"), result.planned_slots),
                         (_("Gebuchte Zeitfenster"), result.booked_slots),
                         (_("Geplante Minuten"), result.planned_minutes),
                         (_("Gebuchte Minuten"), result.booked_minutes)):
        yield [label, "", suppress(value, suppressible=False)]
