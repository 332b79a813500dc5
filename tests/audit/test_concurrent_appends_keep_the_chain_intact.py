"""Several members of staff writing audit entries at the same moment: every entry is appended,
each after exactly one predecessor, and the chain verifies."""

import threading

import pytest
from django.db import connection

from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.audit.services import record, verify_chain

WRITERS, ENTRIES = 4, 15


def _append(user, person, start: threading.Barrier, failures: list) -> None:
    try:
        start.wait()
        for _ in range(ENTRIES):
            record(user, AuditAction.VIEW, person=person)
    except Exception as error:  # reported by the test, not lost in the thread
        failures.append(error)
    finally:
        connection.close()


def test_concurrent_appends_keep_the_chain_intact(transactional_db, caseworker, person):
    if connection.vendor != "postgresql":
        pytest.skip("threads share one in-memory SQLite test database; on a SQLite file this is "
                    "tests/ops/test_case_pages_stay_available_while_the_worker_writes.py")
    start, failures = threading.Barrier(WRITERS), []
    threads = [threading.Thread(target=_append, args=(caseworker, person, start, failures))
               for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert AuditEntry.objects.count() == WRITERS * ENTRIES
    report = verify_chain()
    assert report.intact and report.entries_checked == WRITERS * ENTRIES
