"""No-shows are only what the desk stated; after two, online booking needs the code from the
letter, otherwise the visitor gets the phone number."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.conftest import make_person
from tests.counselling.factories import make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import Appointment, BookingCode, Outcome


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority, phone="02104 99-0"))


def _past_appointment(desk, outcome):
    topic = desk.topics.get(key="dokumente")
    who = visitor()
    start = timezone.now() - timedelta(days=3)
    return Appointment.objects.create(
        authority=desk.authority, desk=desk, topic=topic, starts_at=start,
        ends_at=start + timedelta(minutes=30), name=who.name, birth_date=who.birth_date,
        identity_key=booking.identity_key(who.name, who.birth_date), outcome=outcome,
        status="done")


def _book(desk, code=None):
    topic = desk.topics.get(key="dokumente")
    start = booking.free_starts(desk, topic, booking.access_for(code=code))[0]
    return booking.book(desk, topic, start.slot_pk, visitor(email="neu@example.org"), code=code)


def test_two_no_shows_refuse_online_booking_with_the_phone_number(desk):
    _past_appointment(desk, Outcome.NOT_ATTENDED)
    _past_appointment(desk, Outcome.NOT_ATTENDED)
    with pytest.raises(ValidationError, match="02104 99-0"):
        _book(desk)


def test_one_no_show_does_not_stop_anyone(desk):
    _past_appointment(desk, Outcome.NOT_ATTENDED)
    _past_appointment(desk, Outcome.LATE_CANCELLED)
    assert _book(desk).appointment.pk


def test_with_the_code_from_the_letter_the_person_may_book(desk, authority):
    _past_appointment(desk, Outcome.NOT_ATTENDED)
    _past_appointment(desk, Outcome.NOT_ATTENDED)
    code = BookingCode.objects.create(authority=authority, desk=desk, code="ABC123",
                                      person=make_person(authority),
                                      valid_until=timezone.localdate() + timedelta(days=30))
    assert _book(desk, code=code).appointment.booking_code == code


def test_a_no_show_cannot_be_stated_before_the_appointment(desk, users):
    appointment = _book(desk).appointment
    with pytest.raises(ValidationError):
        booking.record_outcome(users["counsellor"], appointment, Outcome.NOT_ATTENDED)
