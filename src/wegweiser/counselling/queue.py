"""The one door for the walk-in queue: check-in, tickets, calls, outcome (ZMS rules, B-1/B-2/B-8).

- Booked visitors get a ticket at check-in and count as waiting from their appointment's time
  (or their arrival, if later); once that time has come they go before walk-ins.
- Ticket numbers are per desk and day; the database's unique constraint decides, a clash is
  retried with the next number.
- A ticket is called by exactly one counsellor: the call is one UPDATE on a row that is still
  waiting; whoever updates no row takes the next ticket instead.
- A repeat call comes 5 minutes after the last one at the earliest; after the desk's number of
  calls the ticket is missed, and a missed or parked ticket can be put back at the end.
- The outcome of an appointment (attended, not attended, cancelled late) is only ever stated by
  staff; nothing here sets it on its own, and a cancellation is never a no-show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Case, F, IntegerField, Max, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .models import (
    Appointment,
    AppointmentStatus,
    Desk,
    OpeningHours,
    Outcome,
    QueueTicket,
    TicketStatus,
    Topic,
)

__all__ = ["ConflictError", "SwitchNeedsConfirmation", "call_next", "check_in", "draw_ticket",
           "estimated_wait", "finish", "park", "record_outcome", "recall", "requeue",
           "start_serving", "unresolved", "waiting_order"]

REPEAT_AFTER = timedelta(minutes=5)
NUMBER_ATTEMPTS = 5
# Tickets of a counsellor that still need them (a new call is confirmed first).
IN_HAND = (TicketStatus.CALLED, TicketStatus.SERVING)
STATED_OUTCOMES = (Outcome.ATTENDED, Outcome.NOT_ATTENDED, Outcome.LATE_CANCELLED)
# Appointments that took place or should have: their outcome is awaited.
DUE = (AppointmentStatus.CONFIRMED, AppointmentStatus.CHECKED_IN, AppointmentStatus.DONE)


class SwitchNeedsConfirmation(ValidationError):
    """The counsellor still has a ticket in hand; a misclick must not start another."""


# --- tickets --------------------------------------------------------------------------------

def check_in(user, appointment: Appointment, now: datetime | None = None,
             request=None) -> QueueTicket:
    now = now or timezone.now()
    if timezone.localdate(appointment.starts_at) != timezone.localdate(now):
        raise ValidationError(_("Der Termin ist nicht heute."))
    with transaction.atomic():
        moved = Appointment.unscoped.filter(
            pk=appointment.pk, status=AppointmentStatus.CONFIRMED).update(
            status=AppointmentStatus.CHECKED_IN, version=F("version") + 1)
        if not moved:
            raise ValidationError(_("Nur ein bestätigter, noch nicht angemeldeter Termin kann "
                                    "angemeldet werden."))
        appointment.status = AppointmentStatus.CHECKED_IN
        ticket = _new_ticket(appointment.desk, now, appointment=appointment,
                             topic=appointment.topic,
                             language=appointment.interpreter_language or appointment.language,
                             waiting_since=max(now, appointment.starts_at))
        _audit(user, AuditAction.CHANGE, ticket, request, status="checked_in")
    return ticket


def draw_ticket(user, desk: Desk, topic: Topic | None = None, language: str = "",
                now: datetime | None = None, request=None) -> QueueTicket:
    """A walk-in's ticket: waiting from arrival."""
    now = now or timezone.now()
    if topic is not None and topic.desk_id != desk.pk:
        raise ValidationError({"topic": [_("Dieses Anliegen gehört zu einer anderen Stelle.")]})
    with transaction.atomic():
        ticket = _new_ticket(desk, now, topic=topic, language=language, waiting_since=now)
        _audit(user, AuditAction.CREATE, ticket, request)
    return ticket


def _new_ticket(desk: Desk, now: datetime, waiting_since: datetime, **fields) -> QueueTicket:
    """The day's next number; two desks drawing at once both try it, the constraint lets one
    win and the other takes the number after."""
    day = timezone.localdate(now)
    for _attempt in range(NUMBER_ATTEMPTS):
        number = highest_number(desk, day) + 1
        try:
            with transaction.atomic():
                return QueueTicket.unscoped.create(
                    authority_id=desk.authority_id, desk=desk, day=day, number=number,
                    arrived_at=now, waiting_since=waiting_since, **fields)
        except IntegrityError:
            continue
    raise ValidationError(_("Die Nummer konnte nicht vergeben werden; bitte noch einmal "
                            "versuchen."))


def highest_number(desk: Desk, day: date) -> int:
    return QueueTicket.unscoped.filter(desk=desk, day=day).aggregate(n=Max("number"))["n"] or 0


# --- the order of the queue and the waiting time ----------------------------------------------

def waiting_order(desk: Desk, day: date, now: datetime) -> QuerySet[QueueTicket]:
    """Waiting tickets in the order they are called: booked visitors whose time has come first,
    then everybody by the moment they queued (re-queued tickets from their re-queueing)."""
    return (QueueTicket.unscoped.filter(desk=desk, day=day, status=TicketStatus.WAITING)
            .annotate(priority=Case(When(appointment__isnull=False, waiting_since__lte=now,
                                         requeued_at__isnull=True, then=Value(0)),
                                    default=Value(1), output_field=IntegerField()),
                      queued=Coalesce("requeued_at", "waiting_since"))
            .order_by("priority", "queued", "number"))


@dataclass(frozen=True)
class Estimate:
    ahead: int
    minutes: int


def average_minutes(desk: Desk, day: date, topic: Topic | None = None) -> float:
    """How long one consultation takes: today's finished ones, else the topic's length."""
    finished = QueueTicket.unscoped.filter(desk=desk, day=day, status=TicketStatus.DONE,
                                           called_at__isnull=False, finished_at__isnull=False)
    durations = [(f - c).total_seconds() / 60
                 for c, f in finished.values_list("called_at", "finished_at") if c and f]
    if durations:
        return sum(durations) / len(durations)
    units = topic.units if topic is not None else 1
    return float(units * desk.unit_minutes)


def counsellors_on_duty(desk: Desk, now: datetime) -> int:
    local = timezone.localtime(now)
    block = OpeningHours.unscoped.filter(desk=desk, weekday=local.weekday(),
                                         starts__lte=local.time(), ends__gt=local.time()).first()
    return block.counsellors if block is not None else 1


def estimated_wait(ticket: QueueTicket, now: datetime | None = None) -> Estimate | None:
    """Tickets ahead × average length ÷ counsellors on duty; None once the ticket is called."""
    now = now or timezone.now()
    if ticket.status != TicketStatus.WAITING:
        return None
    order = list(waiting_order(ticket.desk, ticket.day, now).values_list("pk", flat=True))
    ahead = order.index(ticket.pk) if ticket.pk in order else len(order)
    minutes = ahead * average_minutes(ticket.desk, ticket.day, ticket.topic) / counsellors_on_duty(
        ticket.desk, now)
    return Estimate(ahead=ahead, minutes=round(minutes))


# --- calls ------------------------------------------------------------------------------------

def in_hand(user, desk: Desk, day: date) -> QueueTicket | None:
    return QueueTicket.unscoped.filter(desk=desk, day=day, called_by=user,
                                       status__in=IN_HAND).order_by("-last_called_at").first()


def call_next(user, desk: Desk, room: str, confirmed: bool = False, now: datetime | None = None,
              request=None) -> QueueTicket | None:
    """Call the first waiting ticket; None when nobody waits."""
    now = now or timezone.now()
    room = (room or "").strip()
    if not room:
        raise ValidationError({"room": [_("Bitte den Raum angeben, in den aufgerufen wird.")]})
    if len(room) > 40:
        raise ValidationError({"room": [_("Der Raum hat höchstens 40 Zeichen.")]})
    day = timezone.localdate(now)
    current = in_hand(user, desk, day)
    if current is not None and not confirmed:
        raise SwitchNeedsConfirmation(
            _("Sie haben die Nummer %(number)d noch in Bearbeitung. Wirklich die nächste Nummer "
              "aufrufen?") % {"number": current.number})
    for candidate in _candidates(desk, day, now):
        if _claim_call(candidate, user, room, now):
            candidate.refresh_from_db()
            _audit(user, AuditAction.CHANGE, candidate, request, status="called")
            return candidate
    return None


def _candidates(desk: Desk, day: date, now: datetime) -> list[QueueTicket]:
    return list(waiting_order(desk, day, now)[:10])


def _claim_call(ticket: QueueTicket, user, room: str, now: datetime) -> bool:
    """One UPDATE on a row that still waits: a second counsellor updates nothing."""
    return bool(QueueTicket.unscoped.filter(pk=ticket.pk, status=TicketStatus.WAITING).update(
        status=TicketStatus.CALLED, called_at=Coalesce(F("called_at"), Value(now)),
        last_called_at=now, call_count=F("call_count") + 1, called_by=user, room=room,
        version=F("version") + 1))


def recall(user, ticket: QueueTicket, now: datetime | None = None, request=None) -> QueueTicket:
    """Call the same number again (≥ 5 minutes later); after the desk's number of calls the
    ticket is missed instead."""
    now = now or timezone.now()
    if ticket.status != TicketStatus.CALLED:
        raise ValidationError(_("Nur eine aufgerufene Nummer kann erneut aufgerufen werden."))
    if ticket.call_count >= ticket.desk.call_count_max:
        _move(ticket, TicketStatus.CALLED, status=TicketStatus.MISSED)
        _audit(user, AuditAction.CHANGE, ticket, request, status="missed")
        return ticket
    if ticket.last_called_at and now - ticket.last_called_at < REPEAT_AFTER:
        raise ValidationError(_("Erneut aufrufen frühestens 5 Minuten nach dem letzten Aufruf "
                                "(%(time)s Uhr).") % {
            "time": timezone.localtime(ticket.last_called_at + REPEAT_AFTER).strftime("%H:%M")})
    _move(ticket, TicketStatus.CALLED, last_called_at=now, call_count=ticket.call_count + 1)
    _audit(user, AuditAction.CHANGE, ticket, request, status="recalled")
    return ticket


def start_serving(user, ticket: QueueTicket, request=None) -> QueueTicket:
    _move(ticket, TicketStatus.CALLED, status=TicketStatus.SERVING)
    _audit(user, AuditAction.CHANGE, ticket, request, status="serving")
    return ticket


def finish(user, ticket: QueueTicket, now: datetime | None = None, request=None) -> QueueTicket:
    now = now or timezone.now()
    with transaction.atomic():
        _move(ticket, TicketStatus.SERVING, status=TicketStatus.DONE, finished_at=now)
        if ticket.appointment_id:
            Appointment.unscoped.filter(pk=ticket.appointment_id,
                                        status=AppointmentStatus.CHECKED_IN).update(
                status=AppointmentStatus.DONE, version=F("version") + 1)
        _audit(user, AuditAction.CHANGE, ticket, request, status="done")
    return ticket


def park(user, ticket: QueueTicket, request=None) -> QueueTicket:
    """Step aside (e.g. to fetch a document); put back at the end of the queue later."""
    _move(ticket, TicketStatus.CALLED, status=TicketStatus.PARKED)
    _audit(user, AuditAction.CHANGE, ticket, request, status="parked")
    return ticket


def requeue(user, ticket: QueueTicket, now: datetime | None = None, request=None) -> QueueTicket:
    """A missed or parked ticket goes back to the end of the queue with fresh calls."""
    now = now or timezone.now()
    if ticket.status not in (TicketStatus.MISSED, TicketStatus.PARKED):
        raise ValidationError(_("Nur verpasste oder zurückgestellte Nummern können wieder "
                                "eingereiht werden."))
    _move(ticket, ticket.status, status=TicketStatus.WAITING, requeued_at=now, call_count=0)
    _audit(user, AuditAction.CHANGE, ticket, request, status="requeued")
    return ticket


def _move(ticket: QueueTicket, expected: str, **values) -> None:
    """Change a ticket only from the state the page showed; someone faster wins."""
    moved = QueueTicket.unscoped.filter(pk=ticket.pk, status=expected).update(
        version=F("version") + 1, **values)
    if not moved:
        raise ValidationError(_("Die Nummer %(number)d wurde inzwischen von jemand anderem "
                                "bearbeitet.") % {"number": ticket.number})
    for name, value in values.items():
        setattr(ticket, name, value)


# --- outcome of appointments --------------------------------------------------------------------

def record_outcome(user, appointment: Appointment, outcome: str, expected_version: int | None,
                   now: datetime | None = None, request=None) -> Appointment:
    now = now or timezone.now()
    if outcome not in STATED_OUTCOMES:
        raise ValidationError({"outcome": [_("Bitte erschienen, nicht erschienen oder kurzfristig "
                                             "abgesagt wählen.")]})
    if appointment.status in (AppointmentStatus.CANCELLED, AppointmentStatus.EXPIRED):
        raise ValidationError({"outcome": [_("Ein abgesagter oder nicht bestätigter Termin hat "
                                             "kein Ergebnis; eine Absage ist nie ein "
                                             "Nichterscheinen.")]})
    if outcome == Outcome.NOT_ATTENDED and appointment.starts_at > now:
        raise ValidationError({"outcome": [_("„Nicht erschienen“ erst nach Beginn des Termins.")]})
    if outcome == Outcome.NOT_ATTENDED and appointment.status in (AppointmentStatus.CHECKED_IN,
                                                                  AppointmentStatus.DONE):
        raise ValidationError({"outcome": [_("Die Person war angemeldet; sie ist erschienen.")]})
    with transaction.atomic():
        claim_version(Appointment.unscoped, appointment, expected_version, outcome=outcome)
        record(user, AuditAction.CHANGE, target=gettext_lazy("Termin der Beratungsstelle"),
               request=request, authority_id=appointment.authority_id,
               detail={"record": "appointment", "id": appointment.pk, "outcome": outcome})
    return appointment


def unresolved(desk: Desk, day: date, now: datetime | None = None) -> QuerySet[Appointment]:
    """The day's appointments that have begun and still wait for a stated outcome."""
    now = now or timezone.now()
    return (Appointment.objects.filter(desk=desk, starts_at__date=day, starts_at__lte=now,
                                       status__in=DUE, outcome=Outcome.UNRESOLVED)
            .select_related("topic").order_by("starts_at", "pk"))


def _audit(user, action: str, ticket: QueueTicket, request, **detail) -> None:
    record(user, action, target=gettext_lazy("Wartenummer"), request=request,
           authority_id=ticket.authority_id,
           detail={"record": "ticket", "id": ticket.pk, "number": ticket.number, **detail})
