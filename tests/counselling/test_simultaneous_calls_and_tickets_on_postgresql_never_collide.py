"""On PostgreSQL, with real threads: counsellors calling at the same moment get distinct
tickets, and counters drawing at the same moment get distinct numbers."""

import threading

import pytest
from django.db import connection

from tests.conftest import make_user
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import QueueTicket

COUNSELLORS, TICKETS = 4, 3


def _together(work, n):
    start, results, failures = threading.Barrier(n), [], []

    def run(index):
        try:
            start.wait()
            results.append(work(index))
        except Exception as error:  # reported by the test, not lost in the thread
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, failures


@pytest.fixture
def postgresql(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip("threads share one in-memory SQLite test database")


def test_four_counsellors_calling_three_tickets_at_once(postgresql, authority):
    counsellors = [make_user(authority, "counsellor", f"c{i}") for i in range(COUNSELLORS)]
    desk = make_desk(authority)
    for _ in range(TICKETS):
        queue.draw_ticket(counsellors[0], desk)

    results, failures = _together(
        lambda i: queue.call_next(counsellors[i], desk, f"Raum {i}"), COUNSELLORS)

    assert failures == []
    called = [ticket.pk for ticket in results if ticket is not None]
    assert len(called) == len(set(called)) == TICKETS
    assert results.count(None) == COUNSELLORS - TICKETS
    assert set(QueueTicket.objects.values_list("called_by", flat=True)) <= {
        c.pk for c in counsellors}


def test_four_counters_drawing_at_once_get_four_numbers(postgresql, authority):
    user = make_user(authority, "counsellor", "c")
    desk = make_desk(authority)
    results, failures = _together(lambda i: queue.draw_ticket(user, desk).number, 4)
    assert failures == []
    assert sorted(results) == [1, 2, 3, 4]
