"""The housekeeping command (cron) releases due holds, sends reminders and extends the calendar,
without any visitor opening a page."""

from datetime import timedelta

from django.core.management import call_command

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import Appointment, AppointmentStatus


def test_a_due_hold_is_released_by_the_command(authority, capsys):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor())
    Appointment.objects.filter(pk=booked.appointment.pk).update(
        hold_expires_at=booked.appointment.created_at - timedelta(minutes=1))

    call_command("booking_housekeeping")

    booked.appointment.refresh_from_db()
    assert booked.appointment.status == AppointmentStatus.EXPIRED
    assert "1 Reservierungen freigegeben" in capsys.readouterr().out
