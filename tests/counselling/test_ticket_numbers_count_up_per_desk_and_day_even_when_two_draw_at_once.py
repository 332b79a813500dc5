"""Ticket numbers per desk and day; a clash on the unique number is retried with the next."""

from datetime import timedelta

from tests.counselling.desk_helpers import monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue


def test_numbers_start_at_one_each_day_and_for_each_desk(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    other = make_desk(user.authority, slug="zweite")
    assert [queue.draw_ticket(user, desk, now=monday(9)).number for _ in range(3)] == [1, 2, 3]
    assert queue.draw_ticket(user, other, now=monday(9)).number == 1
    assert queue.draw_ticket(user, desk, now=monday(9) + timedelta(days=1)).number == 1


def test_a_number_taken_in_between_is_retried(users, monkeypatch):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    competitor = queue.draw_ticket(user, desk, now=monday(9))
    real = queue.highest_number
    reads = []

    def stale_first(desk, day):
        # The first read happened before the other counter inserted its ticket.
        reads.append(day)
        return 0 if len(reads) == 1 else real(desk, day)

    monkeypatch.setattr(queue, "highest_number", stale_first)
    ticket = queue.draw_ticket(user, desk, now=monday(9, 1))
    assert (competitor.number, ticket.number, len(reads)) == (1, 2, 2)
