"""Dialogue figures on a hand-built history: meetings held in the period by format (planned and
out-of-period meetings do not count), distinct partners reached in held meetings, and actions
done / open / overdue on a given day; another authority's rows never count."""

from datetime import date

import pytest

from tests.counselling.records_helpers import make_partner
from wegweiser.dialogue.figures import figures

from .meeting_helpers import make_action, make_meeting

ON = date(2026, 6, 30)


@pytest.mark.django_db
def test_figures_on_a_hand_built_history(authority, other_authority, users):
    caritas, rat, verein = (make_partner(authority, name=n) for n in ("Caritas", "Rat", "Verein"))
    a = make_meeting(authority, day=date(2026, 2, 1), organisations=[caritas, rat])
    make_meeting(authority, day=date(2026, 4, 1), organisations=[caritas])
    make_meeting(authority, format="bilateral", day=date(2026, 5, 1), organisations=[rat])
    make_meeting(authority, status="planned", day=date(2026, 5, 2), organisations=[verein])
    make_meeting(authority, day=date(2025, 12, 31), organisations=[verein])  # before the period
    theirs = make_meeting(other_authority, day=date(2026, 3, 1),
                          organisations=[make_partner(other_authority, name="Fremd")])
    owner = {"owner_user": users["head"]}
    make_action(a, status="done", outcome="ok", **owner)
    make_action(a, status="open", due=date(2026, 6, 29), **owner)        # overdue
    make_action(a, status="in_progress", due=date(2026, 6, 30), **owner)  # due today: not late
    make_action(a, status="open", **owner)                                # no due date
    make_action(a, status="dropped", outcome="nein", due=date(2026, 1, 1), **owner)
    make_action(theirs, status="open", due=date(2026, 1, 1), **owner)

    result = figures(authority.pk, date(2026, 1, 1), date(2026, 6, 30), ON)

    assert result.meetings_held == 3
    assert result.meetings_by_format == {"bilateral": 1, "round_table": 2}
    assert result.partners_reached == 2
    assert (result.actions_done, result.actions_open, result.actions_overdue) == (1, 3, 1)
