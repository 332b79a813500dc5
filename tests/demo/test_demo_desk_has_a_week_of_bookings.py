from django.core import mail

from wegweiser.counselling.models import (
    Appointment,
    AppointmentStatus,
    Channel,
    Outcome,
    WaitlistEntry,
)

from .conftest import DISTRICT_DAY as TODAY


def test_past_days_have_outcomes_and_the_coming_days_are_booked(district):
    desk = district[1].desk
    appointments = list(Appointment.unscoped.filter(desk=desk))
    assert district[1].appointments == len(appointments) > 40
    past = [a for a in appointments if a.starts_at.date() < TODAY]
    outcomes = [a.outcome for a in past]
    assert outcomes.count(Outcome.ATTENDED) > outcomes.count(Outcome.NOT_ATTENDED) > 0
    assert 0.05 <= outcomes.count(Outcome.NOT_ATTENDED) / len(past) <= 0.3
    assert any(a.status == AppointmentStatus.CANCELLED for a in past)
    coming = [a for a in appointments if a.starts_at.date() >= TODAY]
    assert coming and all(a.outcome == Outcome.UNRESOLVED for a in coming)
    assert {AppointmentStatus.CONFIRMED} <= {a.status for a in coming}
    assert {Channel.ONLINE, Channel.PHONE} <= {a.channel for a in appointments}


def test_some_bookings_use_the_codes_of_the_mail_run_and_two_people_wait(district):
    desk = district[1].desk
    with_code = Appointment.unscoped.filter(desk=desk, booking_code__isnull=False)
    assert with_code.exists()
    assert not with_code.exclude(booking_code__letter__run=district[1].mail_run).exists()
    assert WaitlistEntry.unscoped.filter(desk=desk).count() == 2


def test_online_bookings_send_real_e_mails(db, django_capture_on_commit_callbacks):
    from wegweiser.demo.pillars import add_pillars
    from wegweiser.demo.run import build_demo, screen_office

    results = build_demo(seed=7, persons=150, today=TODAY, reset=False)
    run = screen_office(results[0], TODAY)
    with django_capture_on_commit_callbacks(execute=True):
        add_pillars(results[0].authority.pk, run, TODAY, seed=7)
    online = Appointment.unscoped.filter(channel=Channel.ONLINE).exclude(email="")
    assert online.exists() and mail.outbox
    assert {m.to[0] for m in mail.outbox} <= set(online.values_list("email", flat=True)) | set(
        WaitlistEntry.unscoped.values_list("email", flat=True))


def test_today_has_a_queue_with_walk_ins_and_checked_in_visitors(district):
    from wegweiser.counselling.models import QueueTicket, TicketStatus

    tickets = QueueTicket.unscoped.filter(desk=district[1].desk, day=TODAY)
    assert tickets.filter(appointment__isnull=True).count() == 4  # walk-ins
    assert tickets.filter(appointment__isnull=False).exists()
    assert tickets.filter(status=TicketStatus.DONE).count() == 1
    assert tickets.filter(status=TicketStatus.SERVING).count() == 1
