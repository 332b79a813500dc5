"""The booking code from a letter pre-fills the name, links the appointment to the person and
sees slots before they are released to everybody."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.conftest import make_person
from tests.counselling.factories import make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import BookingCode, Slot


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority))


@pytest.fixture
def code(desk, authority):
    return BookingCode.objects.create(authority=authority, desk=desk, code="KT7Q2M",
                                      person=make_person(authority),
                                      valid_until=timezone.localdate() + timedelta(days=30))


def test_slots_released_in_a_few_days_are_open_to_code_holders_only(desk, code):
    Slot.objects.filter(desk=desk).update(released_at=timezone.now() + timedelta(days=3))
    topic = desk.topics.get(key="dokumente")
    assert booking.free_starts(desk, topic, booking.access_for()) == []
    starts = booking.free_starts(desk, topic, booking.access_for(code=code))
    assert starts
    booked = booking.book(desk, topic, starts[0].slot_pk, visitor(), code=code)
    assert booked.appointment.booking_code.person == code.person


def test_the_code_prefills_the_name_on_the_details_page(client, desk, code):
    topic = desk.topics.get(key="dokumente")
    start = booking.free_starts(desk, topic, booking.access_for(code=code))[0]
    url = reverse("public:booking_details", args=[desk.slug])
    page = client.get(url, {"topic": "dokumente", "language": "de", "code": "kt7q2m",
                            "slot": start.slot_pk}).content.decode()
    assert 'value="Mohammed Haddad"' in page or "Haddad" in page


def test_an_unknown_or_expired_code_is_refused(desk, code):
    code.valid_until = timezone.localdate() - timedelta(days=1)
    code.save()
    with pytest.raises(ValidationError):
        booking.find_code(desk, "KT7Q2M")
