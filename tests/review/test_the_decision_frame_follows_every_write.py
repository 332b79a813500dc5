"""The decision frame of a process is patched from the history tables after every write - a new
decision, a changed one, a corrected received date, a deleted case file - and then gives the
figures the database gives; a removed team or a reset history builds it again."""

from datetime import date

import pytest

from tests.cases.decision_helpers import decide as record
from tests.cases.decision_helpers import make_application
from tests.review.practice_helpers import decide, make_team, new_person
from wegweiser.cases import decisions
from wegweiser.cases.models import Application, Decision
from wegweiser.review import practice_frame
from wegweiser.review.practice import Selection, figures_from_frame, figures_from_queries

YEARS = Selection(start=date(2024, 1, 1), end=date(2026, 12, 31), grain="quarter")


@pytest.fixture
def frames(authority):
    """A frame built once; building again fails the test unless it is allowed."""
    practice_frame.forget()
    decide(new_person(authority), date(2025, 3, 1), days=20)
    practice_frame.frames()
    yield
    practice_frame.forget()


@pytest.fixture
def no_rebuild(monkeypatch):
    def build(*args, **kwargs):
        raise AssertionError("the frame was built again instead of patched")

    monkeypatch.setattr(practice_frame, "build", build)


def same_figures():
    return figures_from_frame(YEARS, 1) == figures_from_queries(YEARS, 1)


def test_a_new_and_a_changed_decision_are_patched_in(frames, no_rebuild, authority):
    second = decide(new_person(authority), date(2025, 5, 5), "refused", days=70,
                    reasons=["identity"])
    assert figures_from_frame(YEARS, 1).total.decisions == 2
    second.outcome, second.decided_on = "granted", date(2026, 1, 2)
    second.save()
    assert figures_from_frame(YEARS, 1).total.granted == 2
    assert same_figures()


def test_a_corrected_received_date_reaches_the_frame(frames, no_rebuild, caseworker, person):
    application = make_application(person, caseworker)
    decision = record(caseworker, application)
    before = figures_from_frame(YEARS, 1).total.p90_days
    application = Application.objects.get(pk=application.pk)
    application.received_on = date(2025, 1, 2)  # earlier: more days to the decision
    decisions.save_application(caseworker, application, application.version)
    assert Decision.objects.get(pk=decision.pk).received_on == date(2025, 1, 2)
    assert figures_from_frame(YEARS, 1).total.p90_days > before
    assert same_figures()


def test_a_deleted_case_file_leaves_the_frame(frames, no_rebuild, authority):
    gone = decide(new_person(authority), date(2025, 6, 1))
    assert figures_from_frame(YEARS, 1).total.decisions == 2
    gone.person.delete()
    assert figures_from_frame(YEARS, 1).total.decisions == 1
    assert same_figures()


def test_a_removed_team_builds_the_frame_again(frames, authority):
    team = make_team(authority, "Team Alt")
    decide(new_person(authority), date(2025, 6, 1), team=team)
    assert team.pk in {row.key[0] for row in figures_from_frame(YEARS, 1).teams}
    team.delete()  # its decisions lose their team without a history row
    assert {row.key[0] for row in figures_from_frame(YEARS, 1).teams} == {None}
    assert same_figures()


def test_a_frame_whose_history_row_is_gone_is_built_again(frames, authority):
    kept = practice_frame.frames()
    Decision.history.filter(history_id=kept.mark.decisions[0]).delete()  # as after a restore
    decide(new_person(authority), date(2025, 6, 1))
    assert practice_frame.frames() is not kept
    assert same_figures()
