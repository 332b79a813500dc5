"""A web process without a decision frame in memory loads the one another process stored
(review.practice_frame) instead of reading every decision - unless the database no longer
matches it exactly."""

from datetime import date

import pytest
from django.db import connection

from tests.review.practice_helpers import decide, new_person
from wegweiser.cases.models import Decision
from wegweiser.review import practice_frame
from wegweiser.review.practice import Selection, figures_from_frame, figures_from_queries

YEAR = Selection(start=date(2025, 1, 1), end=date(2025, 12, 31))


@pytest.fixture
def stored(settings, tmp_path, authority):
    settings.WEGWEISER_CONSTELLATION_FRAME_DIR = str(tmp_path)
    practice_frame.forget()
    for day in (date(2025, 2, 1), date(2025, 7, 1)):
        decide(new_person(authority), day, "refused", reasons=["identity"])
    practice_frame.frames()
    practice_frame.forget()  # a new process: nothing in memory
    yield tmp_path
    practice_frame.forget()


@pytest.fixture
def building(monkeypatch):
    calls = []
    build = practice_frame.build

    def counted(*args, **kwargs):
        calls.append(args)
        return build(*args, **kwargs)

    monkeypatch.setattr(practice_frame, "build", counted)
    return calls


def test_the_stored_frame_is_loaded_and_patched(stored, building, authority):
    assert {path.name for path in stored.glob("practice-*")} == {
        "practice-all.json", "practice-all-decisions.parquet",
        "practice-all-applications.parquet"}
    decide(new_person(authority), date(2025, 9, 1))  # written after the copy was stored
    assert figures_from_frame(YEAR, 1) == figures_from_queries(YEAR, 1)
    assert figures_from_frame(YEAR, 1).total.decisions == 3
    assert building == []


def test_a_copy_that_no_longer_matches_the_database_is_built_again(stored, building):
    with connection.cursor() as cursor:  # past the doors: no history row
        cursor.execute(f"DELETE FROM {Decision._meta.db_table} WHERE decided_on = %s",
                       [date(2025, 7, 1)])
    assert figures_from_frame(YEAR, 1).total.decisions == 1
    assert len(building) == 1
