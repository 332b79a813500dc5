"""Desks for tests: a desk with opening hours Monday to Friday and two topics."""

from datetime import time

from wegweiser.counselling.models import Desk, OpeningHours, Topic


def make_desk(authority, slug="beratung-mettmann", **fields) -> Desk:
    desk = Desk.objects.create(authority=authority, name=fields.pop("name", "Zentrale Anlaufstelle"),
                               slug=slug, address="Düsseldorfer Str. 26\n40822 Mettmann",
                               walk_in_hours="Di 9–12 Uhr", **fields)
    for weekday in range(5):
        OpeningHours.objects.create(authority=authority, desk=desk, weekday=weekday,
                                    starts=time(9), ends=time(12), counsellors=2)
    Topic.objects.create(authority=authority, desk=desk, name="Wege zum Bleiberecht",
                         key="bleiberecht", units=2, position=1)
    Topic.objects.create(authority=authority, desk=desk, name="Dokumente und Anträge",
                         key="dokumente", units=1, position=2)
    return desk


def open_calendar(desk, days=7):
    """The desk's slots for the next `days` days, all released already (release times are
    tested in test_slots_follow_the_opening_hours.py)."""
    from datetime import timedelta

    from django.utils import timezone

    from wegweiser.counselling.models import Slot
    from wegweiser.counselling.slots import sync_slots

    today = timezone.localdate()
    sync_slots(desk, until=today + timedelta(days=days), today=today)
    Slot.unscoped.filter(desk=desk).update(released_at=timezone.now() - timedelta(days=1))
    return desk


def visitor(name="Amina Yusuf", birth_date=None, email="amina@example.org", phone="", **fields):
    from datetime import date

    from wegweiser.counselling.booking import Visitor

    return Visitor(name, birth_date or date(1991, 3, 4), email, phone, **fields)


def first_start(desk, topic_key="dokumente", **access):
    from wegweiser.counselling import booking

    topic = desk.topics.get(key=topic_key)
    return topic, booking.free_starts(desk, topic, booking.access_for(**access))[0]


def assert_offer_passed_on(first, second, freed) -> None:
    """The first in line's offer lapsed (released, or not confirmed in time); the freed time
    is now offered to the second."""
    from wegweiser.counselling.models import AppointmentStatus, WaitlistStatus

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == WaitlistStatus.EXPIRED
    assert first.offered_appointment.status == AppointmentStatus.EXPIRED
    assert second.status == WaitlistStatus.OFFERED
    assert second.offered_appointment.starts_at == freed.starts_at


def desk_full_but_mine(authority):
    """A desk whose every slot is taken: "mine" by a visitor (to be freed by the test), the
    rest by staff bookings. Returns the desk, the topic and my appointment."""
    from wegweiser.counselling import booking
    from wegweiser.counselling.models import Slot

    desk = open_calendar(make_desk(authority, max_open_bookings=100))
    topic, start = first_start(desk)
    mine = booking.book(desk, topic, start.slot_pk, visitor(email="", phone="0170 111111"))
    for slot in Slot.objects.filter(desk=desk, claim__isnull=True):
        booking.book(desk, topic, slot.pk, visitor(name=f"Staff {slot.pk}", email=""),
                     channel="staff")
    return desk, topic, mine.appointment
