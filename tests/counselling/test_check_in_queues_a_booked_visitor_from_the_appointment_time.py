"""Check-in: the appointment becomes checked in and gets a ticket that waits from the
appointment's time, or from arrival if the visitor is late."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from tests.counselling.desk_helpers import book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import AppointmentStatus


def test_an_early_visitor_waits_from_the_appointment_time(users):
    desk = make_desk(users["counsellor"].authority)
    appointment = book(desk, monday(10), language="fa")
    ticket = queue.check_in(users["counsellor"], appointment, now=monday(9, 50))
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.CHECKED_IN
    assert ticket.waiting_since == monday(10)
    assert ticket.arrived_at == monday(9, 50)
    assert (ticket.number, ticket.language, ticket.appointment_id) == (1, "fa", appointment.pk)


def test_a_late_visitor_waits_from_arrival(users):
    desk = make_desk(users["counsellor"].authority)
    appointment = book(desk, monday(10))
    ticket = queue.check_in(users["counsellor"], appointment, now=monday(10, 20))
    assert ticket.waiting_since == monday(10, 20)


def test_checking_in_twice_or_on_another_day_is_refused(users):
    desk = make_desk(users["counsellor"].authority)
    appointment = book(desk, monday(10))
    queue.check_in(users["counsellor"], appointment, now=monday(9, 55))
    with pytest.raises(ValidationError, match="bestätigter, noch nicht angemeldeter"):
        queue.check_in(users["counsellor"], appointment, now=monday(9, 56))
    other = book(desk, monday(11))
    with pytest.raises(ValidationError, match="nicht heute"):
        queue.check_in(users["counsellor"], other, now=monday(11) - timedelta(days=1))
