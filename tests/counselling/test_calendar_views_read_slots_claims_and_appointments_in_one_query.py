"""No N+1: the calendar pages' query count does not grow with the bookings."""

from django.urls import reverse

from tests.conftest import login
from tests.counselling.desk_helpers import MONDAY, book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling.slots import sync_slots


def test_a_full_day_and_week_take_a_fixed_number_of_queries(client, users,
                                                             django_assert_max_num_queries):
    desk = make_desk(users["counsellor"].authority)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    for hour, minute in [(9, 0), (9, 30), (10, 0), (10, 30), (11, 0), (11, 30)]:
        book(desk, monday(hour, minute), seat=1)
        book(desk, monday(hour, minute), seat=2, language="tr")
    login(client, users["counsellor"])
    # Session, user, desk, slots with claims and appointments, closed days (+ savepoints).
    with django_assert_max_num_queries(8):
        client.get(reverse("counselling:calendar_day", args=[desk.pk]), {"datum": "2026-12-07"})
    with django_assert_max_num_queries(8):
        client.get(reverse("counselling:calendar_week", args=[desk.pk]), {"datum": "2026-12-07"})
