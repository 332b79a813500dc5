"""The waitlist offers a freed slot to the next in line as a held appointment with a link; it
never books silently, and an unconfirmed offer passes on to the next person."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from tests.counselling.factories import (
    assert_offer_passed_on,
    desk_full_but_mine,
    visitor,
)
from wegweiser.counselling import booking
from wegweiser.counselling.models import AppointmentStatus, WaitlistStatus


@pytest.fixture
def full_desk(authority):
    """Every slot but the one we will free is taken by staff bookings."""
    return desk_full_but_mine(authority)


def _join(desk, topic, name, email):
    return booking.join_waitlist(desk, topic, visitor(name=name, email=email,
                                                      birth_date=date(1980, 1, 2)))[0]


def test_a_cancellation_offers_the_slot_to_the_first_waiting_person(
        full_desk, django_capture_on_commit_callbacks):
    desk, topic, mine = full_desk
    first = _join(desk, topic, "Erste Person", "erste@example.org")
    _join(desk, topic, "Zweite Person", "zweite@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel(mine)

    first.refresh_from_db()
    assert first.status == WaitlistStatus.OFFERED
    offer = first.offered_appointment
    assert offer.status == AppointmentStatus.HELD  # offered, not booked
    assert offer.starts_at == mine.starts_at
    offer_mail = next(m for m in mail.outbox if m.to == ["erste@example.org"])
    assert "/termin/bestaetigen/" in offer_mail.body


def test_an_unconfirmed_offer_passes_on_to_the_next_in_line(full_desk):
    desk, topic, mine = full_desk
    first = _join(desk, topic, "Erste Person", "erste@example.org")
    second = _join(desk, topic, "Zweite Person", "zweite@example.org")
    booking.cancel(mine)
    first.refresh_from_db()

    booking.expire_holds(now=first.offer_expires_at + timedelta(seconds=1))

    assert_offer_passed_on(first, second, mine)


def test_a_confirmed_offer_books_the_waiting_person(full_desk, django_capture_on_commit_callbacks):
    desk, topic, mine = full_desk
    first = _join(desk, topic, "Erste Person", "erste@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel(mine)
    # The plain token went out by e-mail only; the test takes it from there.
    offer_mail = next(m for m in mail.outbox if m.to == ["erste@example.org"])
    token = offer_mail.body.split("/termin/bestaetigen/")[1].split("/")[0]
    booking.confirm(desk, token)
    first.refresh_from_db()
    assert first.status == WaitlistStatus.BOOKED
    assert first.offered_appointment.status == AppointmentStatus.CONFIRMED
    assert timezone.now() < first.offered_appointment.starts_at
