"""The dialogue KPIs of the dashboard on a hand-built half year (01.01.–30.06.2026): meetings
held, partners reached, actions of the period's meetings done, open actions overdue at its end."""

from datetime import date

import pytest

from tests.counselling.records_helpers import make_partner
from tests.dialogue.meeting_helpers import make_action, make_meeting


@pytest.mark.django_db
def test_the_dialogue_figures_of_the_half_year(authority, other_authority, users, period):
    from wegweiser.reporting.kpis import REGISTRY

    caritas, rat = (make_partner(authority, name=n) for n in ("Caritas", "Integrationsrat"))
    held = make_meeting(authority, day=date(2026, 2, 1), organisations=[caritas, rat])
    make_meeting(authority, format="bilateral", day=date(2026, 5, 1), organisations=[rat])
    make_meeting(authority, status="planned", day=date(2026, 6, 2), organisations=[caritas])
    late = make_meeting(authority, day=date(2026, 7, 1), organisations=[caritas])  # after
    theirs = make_meeting(other_authority, day=date(2026, 3, 1),
                          organisations=[make_partner(other_authority, name="Fremd")])
    owner = {"owner_user": users["head"]}
    make_action(held, status="done", outcome="erledigt", **owner)
    make_action(held, status="open", due=date(2026, 6, 1), **owner)       # overdue at the end
    make_action(held, status="open", due=date(2026, 7, 15), **owner)      # not yet due
    make_action(late, status="done", outcome="erledigt", **owner)         # meeting after
    make_action(theirs, status="open", due=date(2026, 1, 2), **owner)

    got = {key: REGISTRY[key].compute(authority.pk, period)
           for key in ("meetings", "partners_reached", "actions_done", "actions_overdue")}
    assert got == {"meetings": 2, "partners_reached": 2, "actions_done": 1, "actions_overdue": 1}
