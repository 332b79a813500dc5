"""A called visitor is served and finished; only from the state the page showed."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login
from tests.counselling.desk_helpers import book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import AppointmentStatus, Outcome, QueueTicket, TicketStatus


def test_finishing_closes_the_ticket_and_the_appointment_but_states_no_outcome(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    appointment = book(desk, monday(9))
    queue.check_in(user, appointment, now=monday(8, 55))
    ticket = queue.call_next(user, desk, "Raum 1", now=monday(9, 1))
    queue.start_serving(user, ticket)
    queue.finish(user, ticket, now=monday(9, 30))
    ticket.refresh_from_db()
    appointment.refresh_from_db()
    assert (ticket.status, ticket.finished_at) == (TicketStatus.DONE, monday(9, 30))
    assert appointment.status == AppointmentStatus.DONE
    assert appointment.outcome == Outcome.UNRESOLVED
    with pytest.raises(ValidationError, match="inzwischen von jemand anderem"):
        queue.finish(user, ticket, now=monday(9, 31))


def test_the_steps_work_on_the_page_and_unknown_steps_are_404(client, users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    queue.draw_ticket(user, desk)
    login(client, user)
    client.post(reverse("counselling:call_next", args=[desk.pk]), {"room": "2.14"})
    ticket = QueueTicket.objects.get()
    for step in ("beginnen", "fertig"):
        assert client.post(reverse("counselling:ticket_step",
                                   args=[desk.pk, ticket.pk, step])).status_code == 302
    assert QueueTicket.objects.get().status == TicketStatus.DONE
    assert client.post(reverse("counselling:ticket_step",
                               args=[desk.pk, ticket.pk, "loeschen"])).status_code == 404
