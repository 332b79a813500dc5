"""Dialogue figures on a hand-built history, by the one rule the dashboard uses too: meetings held
in the period by format (planned and out-of-period meetings do not count), distinct partners
reached in held meetings, actions of the period's meetings done, actions of meetings up to the
period's end open and overdue at that end; another authority's rows never count."""

from datetime import date

import pytest

from tests.counselling.records_helpers import make_partner
from wegweiser.dialogue.figures import figures

from .meeting_helpers import make_action, make_meeting


@pytest.mark.django_db
def test_figures_on_a_hand_built_history(authority, other_authority, users):
    caritas, rat, verein = (make_partner(authority, name=n) for n in ("Caritas", "Rat", "Verein"))
    a = make_meeting(authority, day=date(2026, 2, 1), organisations=[caritas, rat])
    make_meeting(authority, day=date(2026, 4, 1), organisations=[caritas])
    make_meeting(authority, format="bilateral", day=date(2026, 5, 1), organisations=[rat])
    make_meeting(authority, status="planned", day=date(2026, 5, 2), organisations=[verein])
    before = make_meeting(authority, day=date(2025, 12, 31), organisations=[verein])
    after = make_meeting(authority, day=date(2026, 7, 1), organisations=[verein])
    theirs = make_meeting(other_authority, day=date(2026, 3, 1),
                          organisations=[make_partner(other_authority, name="Fremd")])
    owner = {"owner_user": users["head"]}
    make_action(a, status="done", outcome="ok", **owner)
    make_action(a, status="open", due=date(2026, 6, 29), **owner)        # overdue
    make_action(a, status="in_progress", due=date(2026, 6, 30), **owner)  # due today: not late
    make_action(a, status="open", **owner)                                # no due date
    make_action(a, status="dropped", outcome="nein", due=date(2026, 1, 1), **owner)
    make_action(before, status="done", outcome="ok", **owner)         # done, but not agreed now
    make_action(before, status="open", due=date(2026, 3, 1), **owner)  # still open: overdue
    make_action(after, status="open", due=date(2026, 6, 1), **owner)   # agreed after the end
    make_action(theirs, status="open", due=date(2026, 1, 1), **owner)

    result = figures(authority.pk, date(2026, 1, 1), date(2026, 6, 30))

    assert result.meetings_held == 3
    assert result.meetings_by_format == {"bilateral": 1, "round_table": 2}
    assert result.partners_reached == 2
    assert (result.actions_done, result.actions_open, result.actions_overdue) == (1, 4, 2)
