"""The week view: free seats of each slot time per day, the weekend left out."""

from django.urls import reverse

from tests.conftest import login
from tests.counselling.desk_helpers import MONDAY, book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling.slots import sync_slots


def test_one_booking_leaves_one_of_two_seats_free(client, users):
    desk = make_desk(users["counsellor"].authority)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    book(desk, monday(9))
    login(client, users["counsellor"])
    page = client.get(reverse("counselling:calendar_week", args=[desk.pk]),
                      {"datum": "2026-12-09"}).content.decode()
    assert "Woche vom 7. Dezember 2026 bis 13. Dezember 2026" in page
    assert "1 von 2 frei" in page and "2 von 2 frei" in page
    assert "Tagesansicht für Montag, 7. Dezember 2026" in page
    assert "Sa " not in page
