"""Counter safety (ZMS bug 1138): two counsellors calling at the same moment never get the
same ticket; the one who comes second gets the next ticket or nobody."""

from tests.conftest import make_user
from tests.counselling.desk_helpers import monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import TicketStatus


def test_two_calls_on_the_same_waiting_ticket_give_it_to_one(users, monkeypatch):
    first, second = users["counsellor"], make_user(users["counsellor"].authority, "counsellor", "b2")
    desk = make_desk(first.authority)
    only = queue.draw_ticket(first, desk, now=monday(9))
    # Both read the queue before either updates: the same candidate list for both.
    seen = queue._candidates(desk, only.day, monday(9, 1))
    monkeypatch.setattr(queue, "_candidates", lambda *args: list(seen))

    called = queue.call_next(first, desk, "Raum 1", now=monday(9, 1))
    nobody = queue.call_next(second, desk, "Raum 2", now=monday(9, 1))

    assert called.pk == only.pk and nobody is None
    only.refresh_from_db()
    assert (only.status, only.called_by, only.room, only.call_count) == (
        TicketStatus.CALLED, first, "Raum 1", 1)


def test_two_counsellors_calling_in_turn_get_different_tickets(users):
    first, second = users["counsellor"], users["head"]
    desk = make_desk(first.authority)
    queue.draw_ticket(first, desk, now=monday(9))
    queue.draw_ticket(first, desk, now=monday(9, 1))
    a = queue.call_next(first, desk, "Raum 1", now=monday(9, 5))
    b = queue.call_next(second, desk, "Raum 2", now=monday(9, 5))
    assert (a.number, b.number) == (1, 2)
