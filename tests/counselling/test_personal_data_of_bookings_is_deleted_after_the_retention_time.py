"""retention_days after the appointment the personal data goes (set-based, audited with counts);
the statistics fields stay."""

from datetime import timedelta

from django.core.management import call_command

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.audit.models import AuditEntry
from wegweiser.counselling import booking
from wegweiser.counselling.models import Appointment, Outcome


def test_old_bookings_lose_their_personal_data_and_the_deletion_is_audited(authority):
    desk = open_calendar(make_desk(authority, retention_days=30))
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor(email="", phone="0170 1234567"))
    appointment = booked.appointment
    booking.record_outcome(None, appointment, Outcome.ATTENDED,
                           now=appointment.ends_at + timedelta(hours=1))

    assert booking.prune_bookings(now=appointment.ends_at + timedelta(days=29)).appointments == 0
    pruned = booking.prune_bookings(now=appointment.ends_at + timedelta(days=31))

    assert pruned.appointments == 1
    appointment.refresh_from_db()
    assert (appointment.name, appointment.phone, appointment.birth_date) == ("", "", None)
    assert appointment.identity_key == appointment.person_key == appointment.manage_token == ""
    assert appointment.outcome == Outcome.ATTENDED and appointment.topic == topic
    entry = AuditEntry.objects.filter(action="delete").last()
    assert entry.detail["appointments"] == 1


def test_the_command_has_a_dry_run(authority, capsys):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    booking.book(desk, topic, start.slot_pk, visitor())
    call_command("prune_bookings", "--dry-run")
    assert "würden gelöscht" in capsys.readouterr().out
    assert Appointment.objects.exclude(name="").count() == 1
