"""Repeat calls come 5 minutes after the last at the earliest; after the desk's number of
calls the ticket is missed, and it can be put back at the end of the queue."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from tests.counselling.desk_helpers import MONDAY, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import TicketStatus


def test_a_repeat_call_before_five_minutes_is_refused(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    queue.draw_ticket(user, desk, now=monday(9))
    ticket = queue.call_next(user, desk, "Raum 1", now=monday(9, 10))
    with pytest.raises(ValidationError, match="frühestens 5 Minuten"):
        queue.recall(user, ticket, now=monday(9, 14))
    queue.recall(user, ticket, now=monday(9, 15))
    ticket.refresh_from_db()
    assert ticket.call_count == 2
    assert ticket.called_at == monday(9, 10)  # the waiting time ends with the first call


def test_after_the_last_call_the_ticket_is_missed_and_can_be_requeued(users):
    user = users["counsellor"]
    desk = make_desk(user.authority, call_count_max=2)
    queue.draw_ticket(user, desk, now=monday(9))
    later = queue.draw_ticket(user, desk, now=monday(9, 5))
    ticket = queue.call_next(user, desk, "Raum 1", now=monday(9, 10))
    queue.recall(user, ticket, now=monday(9, 15))
    queue.recall(user, ticket, now=monday(9, 20))
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.MISSED

    queue.requeue(user, ticket, now=monday(9, 30))
    order = list(queue.waiting_order(desk, MONDAY, monday(9, 31)))
    assert order == [later, ticket]
    ticket.refresh_from_db()
    assert ticket.call_count == 0


def test_a_parked_ticket_goes_back_to_the_end(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    queue.draw_ticket(user, desk, now=monday(9))
    other = queue.draw_ticket(user, desk, now=monday(9, 1))
    ticket = queue.call_next(user, desk, "Raum 1", now=monday(9, 2))
    queue.park(user, ticket)
    queue.requeue(user, ticket, now=monday(9, 3))
    assert list(queue.waiting_order(desk, MONDAY, monday(9, 4))) == [other, ticket]
    with pytest.raises(ValidationError):
        queue.requeue(user, other, now=monday(9, 4) + timedelta(minutes=1))
