"""The one door for appointments at the desk: free slots, hold, confirm, cancel, rebook, the
waitlist, reminders and the deletion of personal data.

No double booking, ever: an appointment claims its slots through SlotClaim (unique slot) inside
one transaction; an IntegrityError means someone else was faster (`SlotTaken`).

Rules (docs/decisions/0011-booking-person-limit-and-no-shows.md):
- A person may hold `Desk.max_open_bookings` open appointments. A person is recognised by the
  normalised name + birth date + contact (`person_key`) *and* by name + birth date alone
  (`identity_key`), so other e-mail addresses do not give more appointments. A shared contact
  alone is not limited: families share one e-mail address or phone.
- Online with an e-mail address: double opt-in (HELD until the link is used, released after
  `Desk.hold_minutes`). Online with a phone number only: confirmed at once (there is no link to
  click), counted towards the limit like every open appointment.
- Emergency contingent: the visitor states that the Duldung or permit expires within 7 days
  (checked at the desk); such a booking sees only emergency slots. Staff may use both.
- Booking code from a letter: pre-fills the name, links the appointment to the person, sees
  slots `WEGWEISER_CODE_HEAD_START_DAYS` earlier than everybody else, and lets a person with
  recorded no-shows still book online.
- No-shows are only ever a stated outcome (`record_outcome`); a cancellation never is one. A
  person with `WEGWEISER_NO_SHOW_LIMIT` recorded no-shows books online only with a code.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record

from .models import (
    Appointment,
    AppointmentStatus,
    BookingCode,
    Channel,
    Contingent,
    Desk,
    Outcome,
    Slot,
    SlotClaim,
    Topic,
    WaitlistEntry,
    WaitlistStatus,
)
from .slots import local_zone, sync_slots

OPEN = (AppointmentStatus.HELD, AppointmentStatus.CONFIRMED)
LATE_CANCELLATION = timedelta(hours=24)
EMERGENCY_REASON = "permit_expires_7_days"


def code_head_start_days() -> int:
    return getattr(settings, "WEGWEISER_CODE_HEAD_START_DAYS", 7)


def no_show_limit() -> int:
    return getattr(settings, "WEGWEISER_NO_SHOW_LIMIT", 2)


def waitlist_offer_minutes() -> int:
    return getattr(settings, "WEGWEISER_WAITLIST_OFFER_MINUTES", 240)


class SlotTaken(Exception):
    """Someone else claimed one of the slots first; the caller shows fresh alternatives."""

    message = _("Dieser Termin wurde gerade vergeben. Bitte wählen Sie einen anderen Termin.")


class TokenInvalid(Exception):
    """No appointment (or no longer one that this link may change) belongs to the token."""


# --- people and tokens -------------------------------------------------------------------------

def normalise_name(name: str) -> str:
    """Case, accents, spaces and the order of the name parts do not make another person."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    parts = "".join(c if c.isalnum() else " " for c in plain).split()
    return " ".join(sorted(parts))


def normalise_contact(email: str = "", phone: str = "") -> str:
    if email:
        return email.strip().casefold()
    digits = "".join(c for c in phone if c.isdigit())
    # +49 170 … and 0170 … are the same number.
    if phone.strip().startswith("+49") or digits.startswith("0049"):
        digits = "0" + digits.removeprefix("00").removeprefix("49")
    return digits


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def identity_key(name: str, birth_date: date | None) -> str:
    if not name.strip() or birth_date is None:
        return ""
    return _digest("identity", normalise_name(name), birth_date.isoformat())


def person_key(name: str, birth_date: date | None, email: str = "", phone: str = "") -> str:
    return _digest("person", normalise_name(name), birth_date.isoformat() if birth_date else "",
                   normalise_contact(email, phone))


def new_token() -> tuple[str, str]:
    """A token for a link: the plain value goes to the visitor, only its hash is stored."""
    plain = secrets.token_urlsafe(24)
    return plain, hash_token(plain)


def hash_token(plain: str) -> str:
    return hashlib.sha256(plain.encode()).hexdigest()


# --- free slots --------------------------------------------------------------------------------

@dataclass(frozen=True)
class FreeStart:
    """A start for a topic: `units` consecutive free slots on one seat."""

    slot_pk: int
    starts_at: datetime
    ends_at: datetime
    seat: int
    contingent: str

    @property
    def day(self) -> date:
        return timezone.localtime(self.starts_at, local_zone()).date()


@dataclass(frozen=True)
class Access:
    """What a booking may see: contingents, release head start, whether unreleased slots count."""

    contingents: tuple[str, ...] = (Contingent.REGULAR,)
    head_start: timedelta = timedelta(0)
    staff: bool = False


def access_for(*, emergency: bool = False, code: BookingCode | None = None,
               staff: bool = False) -> Access:
    if staff:
        return Access((Contingent.REGULAR, Contingent.EMERGENCY), staff=True)
    contingents = (Contingent.EMERGENCY,) if emergency else (Contingent.REGULAR,)
    head_start = timedelta(days=code_head_start_days()) if code else timedelta(0)
    return Access(contingents, head_start)


def free_starts(desk: Desk, topic: Topic, access: Access, now: datetime | None = None,
                limit: int | None = None) -> list[FreeStart]:
    """One query for all free slots, then runs of `topic.units` per seat in Python."""
    now = now or timezone.now()
    slots = Slot.objects.filter(desk=desk, claim__isnull=True, starts_at__gt=now,
                                contingent__in=access.contingents)
    if not access.staff:
        slots = slots.filter(released_at__lte=now + access.head_start)
    rows = slots.order_by("seat", "starts_at").values_list("pk", "starts_at", "ends_at", "seat",
                                                            "contingent")
    starts: list[FreeStart] = []
    for seat, seat_rows in groupby(rows, key=lambda row: row[3]):
        run: list[tuple] = []
        for row in seat_rows:
            run = run + [row] if run and run[-1][2] == row[1] else [row]
            if len(run) >= topic.units:
                first = run[-topic.units]
                starts.append(FreeStart(first[0], first[1], row[2], seat, first[4]))
    starts.sort(key=lambda start: (start.starts_at, start.seat))
    return starts[:limit] if limit else starts


def days_of(starts: list[FreeStart]) -> list[tuple[date, list[FreeStart]]]:
    """Grouped by day for the calendar; one start per time and contingent (the seat does not
    matter to visitors)."""
    seen: set[tuple[datetime, str]] = set()
    unique = []
    for start in starts:
        if (start.starts_at, start.contingent) not in seen:
            seen.add((start.starts_at, start.contingent))
            unique.append(start)
    return [(day, list(group)) for day, group in groupby(unique, key=lambda s: s.day)]


def ensure_slots(desk: Desk, today: date | None = None) -> None:
    """The calendar as far as anybody may see it: the horizon plus the code holders' head start."""
    today = today or timezone.localdate()
    sync_slots(desk, until=today + timedelta(days=desk.horizon_days + code_head_start_days()),
               today=today)


# --- booking -----------------------------------------------------------------------------------

@dataclass
class Visitor:
    name: str
    birth_date: date | None
    email: str = ""
    phone: str = ""
    language: str = "de"
    interpreter_language: str = ""


@dataclass
class Booked:
    appointment: Appointment
    manage_token: str = ""
    confirm_token: str = ""
    waitlist: list[WaitlistEntry] = field(default_factory=list)

    @property
    def needs_confirmation(self) -> bool:
        return self.appointment.status == AppointmentStatus.HELD


def find_code(desk: Desk, code: str, today: date | None = None) -> BookingCode:
    today = today or timezone.localdate()
    found = (BookingCode.objects.filter(desk=desk, code__iexact=code.strip().replace(" ", ""),
                                        valid_until__gte=today)
             .select_related("person").first())
    if found is None:
        raise ValidationError({"booking_code": _(
            "Diesen Buchungscode kennen wir nicht, oder er ist abgelaufen. Prüfen Sie den Brief "
            "oder lassen Sie das Feld leer.")})
    return found


def validate_visitor(visitor: Visitor, *, staff: bool = False) -> None:
    """Staff bookings (phone, walk-in) need only a name; online ones name, birth date, contact."""
    errors: dict[str, list] = {}
    if not visitor.name.strip():
        errors["name"] = [_("Bitte geben Sie Ihren Namen an.")]
    elif len(visitor.name) > 200:
        errors["name"] = [_("Der Name ist zu lang (höchstens 200 Zeichen).")]
    if visitor.birth_date is None and not staff:
        errors["birth_date"] = [_("Bitte geben Sie Ihr Geburtsdatum an.")]
    elif visitor.birth_date and not date(1900, 1, 1) <= visitor.birth_date <= timezone.localdate():
        errors["birth_date"] = [_("Dieses Geburtsdatum ist nicht möglich.")]
    if not visitor.email.strip() and not visitor.phone.strip() and not staff:
        errors["email"] = [_("Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.")]
    if visitor.email.strip():
        try:
            validate_email(visitor.email.strip())
        except ValidationError:
            errors["email"] = [_("Diese E-Mail-Adresse ist nicht gültig.")]
    if visitor.phone.strip():
        digits = sum(c.isdigit() for c in visitor.phone)
        if digits < 6 or digits > 20 or any(c not in "0123456789+-/ ()" for c in visitor.phone):
            errors["phone"] = [_("Diese Telefonnummer ist nicht gültig.")]
    if errors:
        raise ValidationError(errors)


def no_shows(identity: str) -> int:
    if not identity:
        return 0
    return Appointment.objects.filter(identity_key=identity,
                                      outcome=Outcome.NOT_ATTENDED).count()


def _check_person(desk: Desk, visitor: Visitor, identity: str, person: str, code, staff: bool,
                  now: datetime) -> None:
    # One query for both rules: every booking of a burst passes here.
    same = Q(identity_key=identity) & ~Q(identity_key="")
    counts = Appointment.objects.filter(same | Q(person_key=person)).aggregate(
        open=Count("pk", filter=Q(status__in=OPEN, starts_at__gt=now)),
        no_shows=Count("pk", filter=same & Q(outcome=Outcome.NOT_ATTENDED)))
    if not staff and not code and counts["no_shows"] >= no_show_limit():
        raise ValidationError(_(
            "Sie haben zwei Termine nicht wahrgenommen. Einen neuen Termin bekommen Sie mit dem "
            "Buchungscode aus Ihrem Brief oder telefonisch: %(phone)s.") % {
                "phone": desk.phone or "–"})
    if counts["open"] >= desk.max_open_bookings:
        raise ValidationError(_(
            "Sie haben schon %(count)s offene Termine. Mehr sind nicht möglich. Sagen Sie einen "
            "Termin ab, wenn Sie einen neuen brauchen.") % {"count": desk.max_open_bookings})


def _lock_person(identity: str) -> None:
    """Two bookings of one person at the same moment must not both pass the limit (PostgreSQL)."""
    if identity and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [int(identity[:15], 16)])


def _run_of(desk: Desk, topic: Topic, slot_pk: int, access: Access, now: datetime) -> list[Slot]:
    """The slots an appointment of `topic` starting at `slot_pk` needs, or SlotTaken."""
    # A taken start is refused with this one query, and a topic of one unit needs no more.
    start = Slot.objects.filter(desk=desk, pk=slot_pk, claim__isnull=True).first()
    if start is None:
        raise SlotTaken
    run = [start]
    if topic.units > 1:
        end = start.starts_at + timedelta(minutes=desk.unit_minutes * topic.units)
        # Taken slots are left out here already (cheap refusal); the unique claim decides races.
        run = list(Slot.objects.filter(desk=desk, seat=start.seat, starts_at__gte=start.starts_at,
                                       starts_at__lt=end, claim__isnull=True).order_by("starts_at"))
    if any(s.contingent not in access.contingents or s.starts_at <= now for s in run):
        raise SlotTaken
    consecutive = all(a.ends_at == b.starts_at for a, b in zip(run, run[1:], strict=False))
    released = access.staff or all(s.released_at <= now + access.head_start for s in run)
    if len(run) != topic.units or not consecutive or not released:
        raise SlotTaken
    return run


def _claim(appointment: Appointment, run: list[Slot]) -> None:
    """Inside the caller's transaction; the unique slot refuses a second claim."""
    try:
        with transaction.atomic():
            SlotClaim.objects.bulk_create([SlotClaim(authority_id=appointment.authority_id,
                                                     slot=slot, appointment=appointment)
                                           for slot in run])
    except IntegrityError as error:
        raise SlotTaken from error


def book(desk: Desk, topic: Topic, slot_pk: int, visitor: Visitor, *, channel: str = Channel.ONLINE,
         user=None, emergency: bool = False, code: BookingCode | None = None, request=None,
         now: datetime | None = None) -> Booked:
    """Hold (e-mail given online) or confirm (phone only, staff) an appointment.

    Raises ValidationError (German, nothing written) or SlotTaken (someone else was faster)."""
    now = now or timezone.now()
    staff = channel != Channel.ONLINE
    validate_visitor(visitor, staff=staff)
    if not staff and not topic.bookable_online:
        raise ValidationError(_("Dieses Anliegen kann nicht online gebucht werden."))
    if code is not None and code.person_id:
        visitor.name = visitor.name or str(code.person)
    identity = identity_key(visitor.name, visitor.birth_date)
    person = person_key(visitor.name, visitor.birth_date, visitor.email, visitor.phone)
    access = access_for(emergency=emergency, code=code, staff=staff)
    double_opt_in = not staff and bool(visitor.email.strip())
    manage_plain, manage_hash = new_token()
    confirm_plain, confirm_hash = new_token() if double_opt_in else ("", "")
    # Before the transaction: a slot already taken costs the loser no transaction, no lock and
    # no count. Reading it inside the transaction would not be safer either: the unique claim
    # decides races, in _claim.
    run = _run_of(desk, topic, slot_pk, access, now)
    with transaction.atomic():
        _lock_person(identity)
        _check_person(desk, visitor, identity, person, code, staff, now)
        appointment = Appointment.objects.create(
            authority_id=desk.authority_id, desk=desk, topic=topic, starts_at=run[0].starts_at,
            ends_at=run[-1].ends_at, channel=channel, name=visitor.name.strip(),
            birth_date=visitor.birth_date, email=visitor.email.strip(), phone=visitor.phone.strip(),
            person_key=person, identity_key=identity, language=visitor.language,
            interpreter_language=visitor.interpreter_language,
            emergency_reason=EMERGENCY_REASON if emergency else "", booking_code=code,
            status=AppointmentStatus.HELD if double_opt_in else AppointmentStatus.CONFIRMED,
            confirm_token=confirm_hash, manage_token=manage_hash,
            hold_expires_at=now + timedelta(minutes=desk.hold_minutes) if double_opt_in else None,
            booked_by=user if getattr(user, "pk", None) else None)
        _claim(appointment, run)
        _audit(user, AuditAction.CREATE, appointment, gettext_noop("Termin gebucht"), request,
               channel=channel, status=appointment.status)
    _mail_after_commit(appointment, "confirm_link" if double_opt_in else "confirmation",
                       confirm_plain if double_opt_in else manage_plain)
    return Booked(appointment, manage_plain, confirm_plain)


def _audit(user, action: str, appointment: Appointment, what: str, request=None, **detail) -> None:
    # No personal data in the log: the appointment's number and facts only.
    record(user, action, target=f"Termin {appointment.pk}", request=request,
           authority_id=appointment.authority_id,
           detail={"what": what, "desk": appointment.desk_id, **detail})


def _mail_after_commit(appointment: Appointment, kind: str, token: str = "") -> None:
    from wegweiser.public import booking_mails

    if appointment.email:
        transaction.on_commit(lambda: booking_mails.send(kind, appointment, token))


# --- confirm, cancel, rebook -------------------------------------------------------------------

def by_manage_token(desk: Desk, plain: str) -> Appointment:
    found = (Appointment.objects.filter(desk=desk, manage_token=hash_token(plain))
             .exclude(manage_token="").select_related("topic").first()) if plain else None
    if found is None:
        raise TokenInvalid
    return found


def confirm(desk: Desk, plain: str, now: datetime | None = None) -> Booked:
    """The link from the e-mail. Too late: the hold is released, and the visitor is told so."""
    now = now or timezone.now()
    held = (Appointment.objects.filter(desk=desk, confirm_token=hash_token(plain),
                                       status=AppointmentStatus.HELD)
            .exclude(confirm_token="").first()) if plain else None
    if held is None:
        raise TokenInvalid
    manage_plain, manage_hash = new_token()
    if not _confirm_held(held, manage_hash, now):
        expire_holds(now=now)
        raise ValidationError(_(
            "Der Link ist abgelaufen. Der Termin wurde wieder freigegeben. Bitte buchen Sie "
            "einen neuen Termin."))
    _mail_after_commit(held, "confirmation", manage_plain)
    return Booked(held, manage_plain)


def _confirm_held(held: Appointment, manage_hash: str, now: datetime, user=None,
                  request=None) -> bool:
    """HELD → CONFIRMED while the hold lasts, and its waitlist offer → booked; False if the hold
    is gone (expired, released, cancelled). The one confirmation of the link and of staff."""
    with transaction.atomic():
        confirmed = Appointment.objects.filter(
            pk=held.pk, status=AppointmentStatus.HELD, hold_expires_at__gte=now).update(
            status=AppointmentStatus.CONFIRMED, confirm_token="", hold_expires_at=None,
            manage_token=manage_hash)
        if confirmed:
            WaitlistEntry.objects.filter(offered_appointment=held,
                                         status=WaitlistStatus.OFFERED).update(
                status=WaitlistStatus.BOOKED)
            held.refresh_from_db()
            _audit(user, AuditAction.CHANGE, held, gettext_noop("Termin bestätigt"), request,
                   by_staff=user is not None)
    return bool(confirmed)


def cancel(appointment: Appointment, *, user=None, request=None,
           now: datetime | None = None) -> Appointment:
    """A cancellation is never a no-show; within 24 hours it is 'late-cancelled', no sanction."""
    now = now or timezone.now()
    if appointment.status not in OPEN or appointment.starts_at <= now:
        raise ValidationError(_("Dieser Termin kann nicht mehr abgesagt werden."))
    late = appointment.starts_at - now < LATE_CANCELLATION
    with transaction.atomic():
        changed = Appointment.objects.filter(pk=appointment.pk, status__in=OPEN).update(
            status=AppointmentStatus.CANCELLED, confirm_token="", hold_expires_at=None,
            outcome=Outcome.LATE_CANCELLED if late else Outcome.CANCELLED)
        if not changed:
            raise ValidationError(_("Dieser Termin kann nicht mehr abgesagt werden."))
        freed = _release([appointment.pk])
        WaitlistEntry.objects.filter(offered_appointment=appointment,
                                     status=WaitlistStatus.OFFERED).update(
            status=WaitlistStatus.CANCELLED)
        appointment.refresh_from_db()
        _audit(user, AuditAction.CHANGE, appointment, gettext_noop("Termin abgesagt"), request,
               late=late)
    _mail_after_commit(appointment, "cancellation")
    offer_freed(freed, now=now)
    return appointment


def rebook(appointment: Appointment, slot_pk: int, *, user=None, request=None,
           now: datetime | None = None) -> Appointment:
    """Atomic: the new slots are claimed and the old ones released together, or nothing changes."""
    now = now or timezone.now()
    if appointment.status not in OPEN or appointment.starts_at <= now:
        raise ValidationError(_("Dieser Termin kann nicht mehr verschoben werden."))
    desk, topic = appointment.desk, appointment.topic
    access = access_for(emergency=bool(appointment.emergency_reason), code=appointment.booking_code,
                        staff=appointment.channel != Channel.ONLINE)
    with transaction.atomic():
        old = [(s.pk) for s in Slot.objects.filter(claim__appointment=appointment)]
        old_start = appointment.starts_at
        SlotClaim.objects.filter(appointment=appointment).delete()
        run = _run_of(desk, topic, slot_pk, access, now)
        _claim(appointment, run)
        Appointment.objects.filter(pk=appointment.pk).update(
            starts_at=run[0].starts_at, ends_at=run[-1].ends_at, reminded_at=None)
        appointment.refresh_from_db()
        _audit(user, AuditAction.CHANGE, appointment, gettext_noop("Termin verschoben"), request)
    freed = [pk for pk in old if pk not in {s.pk for s in run}]
    if freed:
        offer_freed([(appointment.topic_id, old_start)], now=now)
    if appointment.status == AppointmentStatus.CONFIRMED:
        _mail_after_commit(appointment, "rebooked")
    return appointment


def _release(appointment_pks: list[int]) -> list[tuple[int, datetime]]:
    """Delete the claims; returns (topic, start) of each released appointment for the waitlist."""
    freed = list(Appointment.objects.filter(pk__in=appointment_pks)
                 .values_list("topic_id", "starts_at"))
    SlotClaim.objects.filter(appointment_id__in=appointment_pks).delete()
    return freed


def expire_holds(now: datetime | None = None) -> int:
    """Unconfirmed holds and waitlist offers past their time: released, set-based."""
    now = now or timezone.now()
    due = Appointment.objects.filter(status=AppointmentStatus.HELD, hold_expires_at__lt=now)
    # Called before every list of free slots: usually nothing is due, one query, no transaction.
    if not due.exists():
        return 0
    with transaction.atomic():
        rows = list(due.values_list("pk", "authority_id"))
        if not rows:
            return 0
        pks = [pk for pk, _authority in rows]
        freed = _lapse(pks)
        for authority_id in sorted({authority for _pk, authority in rows}):
            record(None, AuditAction.CHANGE,
                   target=gettext_noop("Unbestätigte Termine freigegeben"),
                   detail={"count": sum(a == authority_id for _pk, a in rows)},
                   authority_id=authority_id)
    offer_freed(freed, now=now)
    return len(pks)


def _lapse(pks: list[int]) -> list[tuple[int, datetime]]:
    """Inside the caller's transaction: held appointments → expired, their slots free, their
    waitlist offers expired. Returns what was freed, for `offer_freed` after the commit."""
    lapsed = list(Appointment.objects.filter(pk__in=pks, status=AppointmentStatus.HELD)
                  .values_list("pk", flat=True))
    Appointment.objects.filter(pk__in=lapsed).update(
        status=AppointmentStatus.EXPIRED, confirm_token="", manage_token="")
    WaitlistEntry.objects.filter(offered_appointment_id__in=lapsed,
                                 status=WaitlistStatus.OFFERED).update(
        status=WaitlistStatus.EXPIRED)
    return _release(lapsed)


# --- waitlist ----------------------------------------------------------------------------------

def join_waitlist(desk: Desk, topic: Topic, visitor: Visitor) -> tuple[WaitlistEntry, str]:
    """With an e-mail address an offer comes by e-mail with a link; with a phone number only, the
    desk calls (`phone_offers`). One of the two is needed (validate_visitor)."""
    validate_visitor(visitor)
    identity = identity_key(visitor.name, visitor.birth_date)
    if WaitlistEntry.objects.filter(desk=desk, topic=topic, identity_key=identity,
                                    status__in=(WaitlistStatus.WAITING,
                                                WaitlistStatus.OFFERED)).exists():
        raise ValidationError(_("Sie stehen für dieses Anliegen schon auf der Warteliste."))
    plain, hashed = new_token()
    entry = WaitlistEntry.objects.create(
        authority_id=desk.authority_id, desk=desk, topic=topic, name=visitor.name.strip(),
        birth_date=visitor.birth_date, email=visitor.email.strip(), phone=visitor.phone.strip(),
        person_key=person_key(visitor.name, visitor.birth_date, visitor.email, visitor.phone),
        identity_key=identity, language=visitor.language, manage_token=hashed)
    record(None, AuditAction.CREATE, target=f"Wartelisteneintrag {entry.pk}",
           authority_id=desk.authority_id, detail={"desk": desk.pk, "topic": topic.pk})
    return entry, plain


def offer_freed(freed: list[tuple[int, datetime]], now: datetime | None = None) -> list[Appointment]:
    """Offer each freed start to the next waiting person of that topic: a HELD appointment, and
    an e-mail with a link or, without e-mail, a call by the desk (`phone_offers`); nobody is
    booked without confirming."""
    now = now or timezone.now()
    offers = []
    for topic_id, starts_at in freed:
        offer = _offer_one(topic_id, starts_at, now)
        if offer is not None:
            offers.append(offer)
    return offers


def _offer_one(topic_id: int, starts_at: datetime, now: datetime) -> Appointment | None:
    topic = Topic.objects.select_related("desk").get(pk=topic_id)
    deadline = min(now + timedelta(minutes=waitlist_offer_minutes()), starts_at - timedelta(hours=1))
    if deadline <= now:
        return None
    access = access_for()
    start = next((s for s in free_starts(topic.desk, topic, access, now)
                  if s.starts_at == starts_at), None)
    entries = WaitlistEntry.objects.filter(topic=topic, status=WaitlistStatus.WAITING).order_by(
        "created_at", "pk")
    for entry in entries[:1]:
        if start is None:
            return None
        # Without e-mail there is no link to click: staff confirm after the call.
        by_mail = bool(entry.email)
        confirm_plain, confirm_hash = new_token() if by_mail else ("", "")
        _manage_plain, manage_hash = new_token() if by_mail else ("", "")
        try:
            with transaction.atomic():
                run = _run_of(topic.desk, topic, start.slot_pk, access, now)
                appointment = Appointment.objects.create(
                    authority_id=topic.authority_id, desk=topic.desk, topic=topic,
                    starts_at=run[0].starts_at, ends_at=run[-1].ends_at,
                    channel=Channel.ONLINE if by_mail else Channel.PHONE,
                    name=entry.name, birth_date=entry.birth_date, email=entry.email,
                    phone=entry.phone, person_key=entry.person_key, identity_key=entry.identity_key,
                    language=entry.language, status=AppointmentStatus.HELD,
                    confirm_token=confirm_hash, manage_token=manage_hash, hold_expires_at=deadline)
                _claim(appointment, run)
                WaitlistEntry.objects.filter(pk=entry.pk).update(
                    status=WaitlistStatus.OFFERED, offered_appointment=appointment,
                    offer_expires_at=deadline)
                _audit(None, AuditAction.CREATE, appointment,
                       gettext_noop("Termin von der Warteliste angeboten"), by_phone=not by_mail)
        except SlotTaken:
            return None
        _mail_after_commit(appointment, "waitlist_offer", confirm_plain)
        return appointment
    return None


# --- waitlist offers by phone ------------------------------------------------------------------

def phone_offers(desk: Desk) -> list[WaitlistEntry]:
    """Open offers to people without e-mail, soonest deadline first: the desk calls them
    ("Wartelisten-Angebote zum Anrufen"). Lapsed ones are released before (`expire_holds`)."""
    return list(WaitlistEntry.objects.filter(
        desk=desk, status=WaitlistStatus.OFFERED, email="",
        offered_appointment__status=AppointmentStatus.HELD).select_related(
        "offered_appointment", "topic").order_by("offer_expires_at", "pk"))


def _phone_offer(entry: WaitlistEntry) -> Appointment:
    appointment = entry.offered_appointment
    if (entry.status != WaitlistStatus.OFFERED or entry.email or appointment is None
            or appointment.status != AppointmentStatus.HELD):
        raise ValidationError(_("Dieses Angebot ist nicht mehr offen."))
    return appointment


def confirm_phone_offer(user, entry: WaitlistEntry, request=None,
                        now: datetime | None = None) -> Appointment:
    """Staff confirm on the person's behalf after the call, while the hold lasts."""
    now = now or timezone.now()
    held = _phone_offer(entry)
    if not _confirm_held(held, "", now, user, request):
        expire_holds(now=now)
        raise ValidationError(_("Die Frist des Angebots ist abgelaufen; der Termin ging an die "
                                "nächste Person der Warteliste."))
    return held


def release_phone_offer(user, entry: WaitlistEntry, request=None,
                        now: datetime | None = None) -> list[Appointment]:
    """The person declined or was not reached: the slot goes to the next in line at once.
    Returns the new offers."""
    now = now or timezone.now()
    held = _phone_offer(entry)
    with transaction.atomic():
        freed = _lapse([held.pk])
        if not freed:
            raise ValidationError(_("Dieses Angebot ist nicht mehr offen."))
        _audit(user, AuditAction.CHANGE, held, gettext_noop("Angebot der Warteliste freigegeben"),
               request)
    return offer_freed(freed, now=now)


# --- the desk's outcome, reminders, deletion ---------------------------------------------------

def record_outcome(user, appointment: Appointment, outcome: str, request=None,
                   now: datetime | None = None) -> Appointment:
    """Stated by the desk after the appointment's time; a cancelled appointment stays cancelled."""
    now = now or timezone.now()
    if outcome not in Outcome.values:
        raise ValidationError({"outcome": _("Bitte wählen Sie ein Ergebnis aus der Liste.")})
    if appointment.status in (AppointmentStatus.CANCELLED, AppointmentStatus.EXPIRED):
        raise ValidationError(_("Ein abgesagter Termin ist nie ein Nichterscheinen."))
    if outcome in (Outcome.CANCELLED, Outcome.LATE_CANCELLED):
        raise ValidationError({"outcome": _("Absagen ergeben sich aus der Absage, nicht aus dem "
                                            "Ergebnis.")})
    if outcome == Outcome.NOT_ATTENDED and appointment.starts_at > now:
        raise ValidationError({"outcome": _("Nicht erschienen kann erst nach dem Beginn des "
                                            "Termins festgehalten werden.")})
    status = AppointmentStatus.DONE if outcome else appointment.status
    Appointment.objects.filter(pk=appointment.pk).update(outcome=outcome, status=status)
    appointment.refresh_from_db()
    _audit(user, AuditAction.CHANGE, appointment, gettext_noop("Ergebnis festgehalten"), request,
           outcome=outcome)
    return appointment


def send_reminders(now: datetime | None = None) -> int:
    """The day before, once: reminded_at is claimed in the same UPDATE that selects the row."""
    from wegweiser.public import booking_mails

    now = now or timezone.now()
    tomorrow = timezone.localtime(now, local_zone()).date() + timedelta(days=1)
    due = Appointment.objects.filter(status=AppointmentStatus.CONFIRMED, reminded_at__isnull=True,
                                     starts_at__date=tomorrow).exclude(email="")
    sent = 0
    for appointment in due:
        if Appointment.objects.filter(pk=appointment.pk, reminded_at__isnull=True).update(
                reminded_at=now):
            booking_mails.send("reminder", appointment)
            sent += 1
    return sent


@dataclass(frozen=True)
class Pruned:
    appointments: int
    waitlist_entries: int


def prune_bookings(now: datetime | None = None, dry_run: bool = False) -> Pruned:
    """Personal data of bookings `retention_days` after the appointment: one UPDATE per desk;
    topic, times, status, outcome, channel and languages stay for the statistics."""
    now = now or timezone.now()
    appointments = waitlist = 0
    for desk in Desk.objects.all():
        cutoff = now - timedelta(days=desk.retention_days)
        old = Appointment.objects.filter(desk=desk, ends_at__lt=cutoff,
                                         personal_data_deleted_at__isnull=True)
        stale = WaitlistEntry.objects.filter(desk=desk, created_at__lt=cutoff).exclude(
            name="", email="", phone="")
        if dry_run:
            appointments += old.count()
            waitlist += stale.count()
            continue
        with transaction.atomic():
            count = old.update(name="", birth_date=None, email="", phone="", person_key="",
                               identity_key="", confirm_token="", manage_token="",
                               personal_data_deleted_at=now)
            entries = stale.update(name="", birth_date=None, email="", phone="", person_key="",
                                   identity_key="", manage_token="")
            if count or entries:
                record(None, AuditAction.DELETE,
                       target=gettext_noop("Personendaten von Buchungen gelöscht"),
                       authority_id=desk.authority_id,
                       detail={"desk": desk.pk, "appointments": count, "waitlist_entries": entries,
                               "retention_days": desk.retention_days})
        appointments += count
        waitlist += entries
    return Pruned(appointments, waitlist)
