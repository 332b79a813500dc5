"""A cancellation frees the slot and is recorded as cancelled, or late-cancelled within 24
hours; it never becomes a no-show, not even by the desk's hand."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import AppointmentStatus, Outcome, SlotClaim


@pytest.fixture
def booked(authority):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    return booking.book(desk, topic, start.slot_pk, visitor(email="", phone="0170 1234567"))


def test_an_early_cancellation_is_cancelled_and_frees_the_slot(booked):
    appointment = booked.appointment
    booking.cancel(appointment, now=appointment.starts_at - timedelta(days=2))
    assert appointment.status == AppointmentStatus.CANCELLED
    assert appointment.outcome == Outcome.CANCELLED
    assert not SlotClaim.objects.filter(appointment=appointment).exists()


def test_a_cancellation_within_24_hours_is_late_cancelled_without_sanction(booked):
    appointment = booked.appointment
    booking.cancel(appointment, now=appointment.starts_at - timedelta(hours=3))
    assert appointment.outcome == Outcome.LATE_CANCELLED
    assert booking.no_shows(appointment.identity_key) == 0


def test_the_desk_cannot_turn_a_cancellation_into_a_no_show(booked, users):
    appointment = booked.appointment
    booking.cancel(appointment, now=appointment.starts_at - timedelta(days=2))
    with pytest.raises(ValidationError, match="nie ein Nichterscheinen"):
        booking.record_outcome(users["counsellor"], appointment, Outcome.NOT_ATTENDED,
                               now=appointment.starts_at + timedelta(hours=1))
