"""Reminders go out the day before, once per appointment, however often the task runs."""

from datetime import timedelta

from django.core import mail

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking


def test_the_reminder_is_sent_once(authority):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor())
    booking.confirm(desk, booked.confirm_token)
    mail.outbox.clear()
    the_day_before = booked.appointment.starts_at - timedelta(days=1)

    assert booking.send_reminders(now=the_day_before) == 1
    assert booking.send_reminders(now=the_day_before) == 0

    assert len(mail.outbox) == 1
    assert "morgen" in mail.outbox[0].subject


def test_no_reminder_two_days_before_or_for_a_hold(authority):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor())
    assert booking.send_reminders(now=booked.appointment.starts_at - timedelta(days=1)) == 0
    booking.confirm(desk, booked.confirm_token)
    assert booking.send_reminders(now=booked.appointment.starts_at - timedelta(days=2)) == 0
