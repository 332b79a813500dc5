"""Double opt-in: a booking with an e-mail address is held until the link is used; after
hold_minutes the hold is released and the link says so clearly."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import AppointmentStatus, SlotClaim


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority, hold_minutes=30))


def test_a_booking_with_an_e_mail_is_held_and_sends_the_link(desk, django_capture_on_commit_callbacks):
    topic, start = first_start(desk)
    with django_capture_on_commit_callbacks(execute=True):
        booked = booking.book(desk, topic, start.slot_pk, visitor())
    assert booked.appointment.status == AppointmentStatus.HELD
    assert booked.confirm_token not in booked.appointment.confirm_token  # stored hashed
    assert len(mail.outbox) == 1
    assert f"/termin/bestaetigen/{booked.confirm_token}/" in mail.outbox[0].body
    assert mail.outbox[0].body.count("http://") == 1


def test_the_link_confirms_within_the_time(desk):
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor())
    confirmed = booking.confirm(desk, booked.confirm_token)
    assert confirmed.appointment.status == AppointmentStatus.CONFIRMED


def test_an_expired_hold_is_released_and_the_late_link_says_so(desk):
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor())
    later = timezone.now() + timedelta(minutes=31)

    assert booking.expire_holds(now=later) == 1

    booked.appointment.refresh_from_db()
    assert booked.appointment.status == AppointmentStatus.EXPIRED
    assert not SlotClaim.objects.filter(appointment=booked.appointment).exists()
    with pytest.raises(booking.TokenInvalid):
        booking.confirm(desk, booked.confirm_token, now=later)


def test_a_link_used_after_its_time_releases_the_hold_with_a_clear_message(desk):
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor())
    with pytest.raises(ValidationError, match="abgelaufen"):
        booking.confirm(desk, booked.confirm_token, now=timezone.now() + timedelta(minutes=31))
    assert not SlotClaim.objects.filter(appointment=booked.appointment).exists()
    assert any(s.slot_pk == start.slot_pk
               for s in booking.free_starts(desk, topic, booking.access_for()))


def test_a_phone_only_booking_is_confirmed_at_once(desk):
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor(email="", phone="0170 1234567"))
    assert booked.appointment.status == AppointmentStatus.CONFIRMED
    assert booked.manage_token
