"""Staff reading case files while the worker stores a screening run and an import never get an
error on the embedded SQLite database.

Before (issue 7): "database is locked", HTTP 500 - 25 of 160 requests with two readers - because
a case page reads the last audit entry and then inserts in a deferred transaction, and every
request also wrote the session.
"""

import random
import threading
import time

import pytest

from tests.interop.factories import HEADER
from tests.ops.production import Browser

READERS = ("sachbearbeitung1", "sachbearbeitung2", "sachbearbeitung3", "sachbearbeitung4")
MIN_PAGES = 50  # per reader, however quickly the jobs are done
IMPORTED_PERSONS = 1500
WAIT_SECONDS = 240
FINISHED = ("done", "rejected", "failed")

pytestmark = pytest.mark.django_db  # the site's schema is copied from the test database


class Reader(threading.Thread):
    """One caseworker opening case files one after another until told to stop."""

    def __init__(self, site, username: str, person_ids: list[int], stop: threading.Event):
        super().__init__(daemon=True)
        self.site, self.username, self.person_ids, self.stop = site, username, person_ids, stop
        self.results: list[tuple[str, int | str]] = []

    def run(self) -> None:
        browser = Browser(self.site.base_url)
        rng = random.Random(self.username)
        try:
            browser.sign_in(self.username)
        except Exception as error:  # counted as a failed request, not lost in the thread
            self.results.append(("/anmelden/", repr(error)))
            return
        while len(self.results) < MIN_PAGES or not self.stop.is_set():
            path = f"/faelle/{rng.choice(self.person_ids)}/"
            try:
                self.results.append((path, browser.status(path)))
            except OSError as error:
                self.results.append((path, repr(error)))


def _import_file() -> bytes:
    rows = [f"AZ-LAST-{n:05d};;Haddad;Yusuf;;1990;m;SYR;;;;;duldung;01.04.2017;;;16"
            for n in range(IMPORTED_PERSONS)]
    return ("\n".join([HEADER, *rows]) + "\n").encode()


def _finished(rows: list[tuple]) -> bool:
    return len(rows) == 1 and rows[0][0] in FINISHED


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"waited in vain for {what}"
        time.sleep(0.2)


def test_no_request_fails_while_a_screening_run_and_an_import_are_written(production_site):
    site = production_site
    persons = [pk for (pk,) in site.query(
        "SELECT p.id FROM cases_person p JOIN accounts_authority a ON a.id = p.authority_id "
        "WHERE a.short_name = 'RW' ORDER BY p.id LIMIT 100")]
    last_run = site.query("SELECT coalesce(max(id), 0) FROM screening_screeningrun")[0][0]
    views_before = site.query("SELECT count(*) FROM audit_auditentry WHERE action = 'view'")[0][0]
    stop = threading.Event()
    readers = [Reader(site, name, persons, stop) for name in READERS]
    for reader in readers:
        reader.start()
    _wait_for(lambda: all(len(r.results) >= 3 for r in readers), "the readers to be at work")

    head = Browser(site.base_url)
    head.sign_in("leitung")
    head.upload("/import/", "bestand.csv", _import_file())
    head.post("/pruefung/starten/", {})
    import_status = "SELECT status FROM interop_importjob WHERE original_name = 'bestand.csv'"
    run_status = f"SELECT status FROM screening_screeningrun WHERE id > {last_run}"
    _wait_for(lambda: _finished(site.query(import_status)) and _finished(site.query(run_status)),
              "both jobs")
    stop.set()
    for reader in readers:
        reader.join(timeout=WAIT_SECONDS)

    results = [result for reader in readers for result in reader.results]
    failed = [(path, status) for path, status in results if status != 200]
    assert failed == [], f"{len(failed)} of {len(results)} requests failed, e.g. {failed[:5]}"
    assert site.query(import_status) == [("done",)] and site.query(run_status) == [("done",)]
    # every case page viewed left its audit entry, and the chain of all of them holds
    views = site.query("SELECT count(*) FROM audit_auditentry WHERE action = 'view'")[0][0]
    assert views - views_before == len(results) >= len(READERS) * MIN_PAGES
    assert "Prüfkette intakt" in site.manage("audit_verify").stdout
