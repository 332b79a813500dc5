"""A week at the district's desk, through the booking module (counselling/booking.py): the past
working days booked with outcomes (attended; not attended about 15 %, practice.md B3; some
cancelled), today and the coming days confirmed and some still held, a share via the booking
codes of the demo mail run, two waitlist entries, today's queue (booked visitors checked in,
walk-ins with a ticket, one served, one being served; counselling/queue.py) - and the e-mails
of the online bookings, written like any other to the demo mail folder (MAILERS: the file
backend without EMAIL_HOST).

The calendar before today is not kept by sync_slots (it starts today): the past week's slots
are laid out here from the same opening hours (slots.wanted_slots).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.accounts.scoping import authority_scope
from wegweiser.cases.models import Person
from wegweiser.counselling import booking, queue
from wegweiser.counselling.models import (
    Appointment,
    BookingCode,
    Channel,
    Desk,
    Outcome,
    Slot,
    Topic,
)
from wegweiser.counselling.slots import at, wanted_slots
from wegweiser.letters.models import MailRun

PAST_DAYS = 7
COMING_DAYS = 7
NO_SHOW_SHARE = 0.15
CANCEL_SHARE = 0.08
# Share of the starts booked: full today, thinning out towards the horizon.
FILL = {"past": 0.7, "today": 0.75, "coming": 0.45}
ONLINE_SHARE = 0.45  # with e-mail: held first, then confirmed by the link
CODE_SHARE = 0.3


class Week:
    def __init__(self, desk: Desk, today: date, seed: int, mail_run: MailRun | None):
        self.desk, self.today = desk, today
        self.rng = random.Random(f"{seed}-bookings")
        self.topics = list(Topic.unscoped.filter(desk=desk).order_by("position"))
        self.staff = User.objects.filter(authority_id=desk.authority_id, role=Role.COUNSELLOR,
                                         is_active=True).order_by("username").first()
        self.codes = list(BookingCode.unscoped.filter(
            letter__run=mail_run, valid_until__gte=today).select_related("person")
            .order_by("pk")) if mail_run else []
        self.rng.shuffle(self.codes)
        self.persons = list(Person.unscoped.filter(authority_id=desk.authority_id,
                                                   birth_date__isnull=False)
                            .order_by("pk")[:600])
        self.appointments: list[Appointment] = []


def add_bookings(desk: Desk, today: date, seed: int, mail_run: MailRun | None) -> Week:
    week = Week(desk, today, seed, mail_run)
    with authority_scope(desk.authority_id):
        _past_slots(desk, today)
        booking.ensure_slots(desk, today)
        for day in _days(desk, today - timedelta(days=PAST_DAYS), today - timedelta(days=1)):
            _book_day(week, day, FILL["past"], booked_at=at(day - timedelta(days=6), time(10)))
            _outcomes(week, day)
        for day in _days(desk, today, today + timedelta(days=COMING_DAYS)):
            fill = FILL["today"] if day == today else FILL["coming"]
            _book_day(week, day, fill, booked_at=at(today, time(7, 30)))
        _waitlist(week)
        _queue(week)
    return week


def _past_slots(desk: Desk, today: date) -> None:
    wanted = wanted_slots(desk, today - timedelta(days=PAST_DAYS), today - timedelta(days=1))
    Slot.unscoped.bulk_create([
        Slot(authority_id=desk.authority_id, desk=desk, starts_at=w.starts_at, ends_at=w.ends_at,
             seat=w.seat, contingent=w.contingent, released_at=w.released_at) for w in wanted],
        ignore_conflicts=True)


def _days(desk: Desk, first: date, last: date) -> list[date]:
    closed = set(desk.closed_days.values_list("day", flat=True))
    open_days = set(desk.opening_hours.values_list("weekday", flat=True))
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [d for d in days if d.weekday() in open_days and d not in closed]


def _book_day(week: Week, day: date, fill: float, booked_at: datetime) -> None:
    access = booking.access_for(staff=True)
    for topic in week.topics:
        starts = [s for s in booking.free_starts(week.desk, topic, access, now=at(day, time.min))
                  if s.day == day]
        wanted = int(len(starts) * fill / len(week.topics) + 0.5)
        for start in week.rng.sample(starts, min(wanted, len(starts))):
            _book_one(week, topic, start.slot_pk, booked_at)


def _book_one(week: Week, topic: Topic, slot_pk: int, booked_at: datetime) -> None:
    rng = week.rng
    code = week.codes.pop() if week.codes and rng.random() < CODE_SHARE else None
    person = code.person if code is not None else rng.choice(week.persons)
    online = code is not None or rng.random() < ONLINE_SHARE
    visitor = booking.Visitor(
        name=person.full_name, birth_date=person.birth_date,
        email=_email(person) if online else "",
        phone="" if online else f"0176 {rng.randint(1000000, 9999999)}",
        language=rng.choice(["de", "de", "ar", "fa", "tr", "uk", "en"]) if online else "de")
    channel = Channel.ONLINE if online else rng.choice([Channel.PHONE, Channel.STAFF])
    try:
        booked = booking.book(week.desk, topic, slot_pk, visitor, channel=channel,
                              user=None if online else week.staff, code=code, now=booked_at)
        if booked.needs_confirmation and rng.random() < 0.85:
            booked = booking.confirm(week.desk, booked.confirm_token,
                                     now=booked_at + timedelta(minutes=rng.randint(2, 25)))
    except (ValidationError, booking.SlotTaken):
        return  # a person at the limit of open bookings, or a start taken by a longer topic
    week.appointments.append(booked.appointment)


def _outcomes(week: Week, day: date) -> None:
    now = timezone.now()
    for appointment in [a for a in week.appointments if a.starts_at.date() == day]:
        appointment.refresh_from_db()
        if appointment.status not in booking.OPEN or appointment.starts_at > now:
            continue
        roll = week.rng.random()
        if roll < CANCEL_SHARE:
            booking.cancel(appointment, now=appointment.starts_at - timedelta(
                hours=week.rng.choice([3, 30, 70])))
        elif appointment.status == "confirmed":
            outcome = Outcome.NOT_ATTENDED if roll < CANCEL_SHARE + NO_SHOW_SHARE \
                else Outcome.ATTENDED
            booking.record_outcome(week.staff, appointment, outcome)


def _waitlist(week: Week) -> None:
    topic = week.topics[0]
    for person in week.rng.sample(week.persons, 2):
        try:
            booking.join_waitlist(week.desk, topic, booking.Visitor(
                name=person.full_name, birth_date=person.birth_date, email=_email(person),
                language="ar"))
        except ValidationError:
            continue


def _email(person: Person) -> str:
    local = f"{person.given_names.split()[0]}.{person.family_name}".lower()
    ascii_only = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    cleaned = "".join(c for c in ascii_only if c.isalnum() or c == ".").strip(".") or "gast"
    return f"{cleaned}@example.org"


WALK_INS = [("documents", "ar"), ("pathways", "fa"), ("family", "uk"), ("work", "")]


def _queue(week: Week) -> None:
    """Today's queue from 9 o'clock: three booked visitors check in, four walk-ins draw a
    ticket; the first counsellor has served one and calls the next."""
    today, desk = week.today, week.desk
    counsellors = list(User.objects.filter(authority_id=desk.authority_id, role=Role.COUNSELLOR,
                                           is_active=True).order_by("username"))
    if today not in _days(desk, today, today) or not counsellors:
        return
    booked = [a for a in week.appointments if timezone.localtime(a.starts_at).date() == today]
    for appointment in sorted(booked, key=lambda a: a.starts_at)[:3]:
        appointment.refresh_from_db()
        try:
            queue.check_in(counsellors[0], appointment,
                           now=appointment.starts_at - timedelta(minutes=10))
        except ValidationError:
            continue
    topics = {t.key: t for t in week.topics}
    for n, (key, language) in enumerate(WALK_INS):
        queue.draw_ticket(None, desk, topics.get(key), language,
                          now=at(today, time(9, 2 + 9 * n)))
    first = queue.call_next(counsellors[0], desk, "Raum 0.14", now=at(today, time(9, 5)))
    if first is not None:
        queue.start_serving(counsellors[0], first)
        queue.finish(counsellors[0], first, now=at(today, time(9, 35)))
        second = queue.call_next(counsellors[-1], desk, "Raum 0.16", now=at(today, time(9, 40)))
        if second is not None:
            queue.start_serving(counsellors[-1], second)
