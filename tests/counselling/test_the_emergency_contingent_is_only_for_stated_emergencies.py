"""Emergency slots are held back: a regular booking never sees them; a visitor who states that
the Duldung or permit expires within 7 days sees only them; staff may use both."""

import pytest

from tests.counselling.factories import make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import Contingent, Slot


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority, emergency_slots_per_day=2))


def test_regular_visitors_never_see_emergency_slots(desk):
    topic = desk.topics.get(key="dokumente")
    starts = booking.free_starts(desk, topic, booking.access_for())
    assert starts and {s.contingent for s in starts} == {Contingent.REGULAR}


def test_an_emergency_shows_only_emergency_slots_and_books_one(desk):
    topic = desk.topics.get(key="dokumente")
    starts = booking.free_starts(desk, topic, booking.access_for(emergency=True))
    assert starts and {s.contingent for s in starts} == {Contingent.EMERGENCY}
    booked = booking.book(desk, topic, starts[0].slot_pk, visitor(), emergency=True)
    assert booked.appointment.emergency_reason == booking.EMERGENCY_REASON


def test_a_regular_booking_cannot_take_an_emergency_slot_by_its_number(desk):
    topic = desk.topics.get(key="dokumente")
    emergency = Slot.objects.filter(desk=desk, contingent=Contingent.EMERGENCY).first()
    with pytest.raises(booking.SlotTaken):
        booking.book(desk, topic, emergency.pk, visitor())


def test_staff_may_use_the_emergency_contingent(desk):
    topic = desk.topics.get(key="dokumente")
    starts = booking.free_starts(desk, topic, booking.access_for(staff=True))
    assert Contingent.EMERGENCY in {s.contingent for s in starts}
