"""No double booking, ever: twenty visitors try to book the same slot at the same moment, each
in its own thread, connection and transaction; exactly one wins, the others are told clearly."""

import threading
from datetime import date

import pytest
from django.db import connection

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import Appointment, SlotClaim

ATTEMPTS = 20

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="needs real concurrent transactions: run with DATABASE_URL=postgres://…"),
]


def test_exactly_one_of_twenty_simultaneous_bookings_wins(authority):
    desk = open_calendar(make_desk(authority, max_open_bookings=5))
    topic, start = first_start(desk, "bleiberecht")  # two consecutive slots
    barrier = threading.Barrier(ATTEMPTS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(number: int) -> None:
        try:
            barrier.wait()
            booking.book(desk, topic, start.slot_pk,
                         visitor(name=f"Person {number}", birth_date=date(1980, 1, 1 + number),
                                 email="", phone=f"0170 {number:06d}"))
            result = "booked"
        except booking.SlotTaken as taken:
            result = str(taken.message)
        finally:
            connection.close()
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("booked") == 1
    assert outcomes.count(str(booking.SlotTaken.message)) == ATTEMPTS - 1
    assert "gerade vergeben" in str(booking.SlotTaken.message)
    assert Appointment.objects.count() == 1
    assert SlotClaim.objects.count() == topic.units
