"""Priority: a checked-in appointment whose time has come is called before walk-ins who came
earlier; an early arrival waits until the appointment's time."""

from tests.counselling.desk_helpers import MONDAY, book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue


def test_the_booked_visitor_is_first_from_the_appointment_time_on(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    walk_in = queue.draw_ticket(user, desk, now=monday(9, 40))
    booked = queue.check_in(user, book(desk, monday(10)), now=monday(9, 50))

    before = list(queue.waiting_order(desk, MONDAY, monday(9, 55)))
    after = list(queue.waiting_order(desk, MONDAY, monday(10, 1)))

    assert before == [walk_in, booked]
    assert after == [booked, walk_in]
