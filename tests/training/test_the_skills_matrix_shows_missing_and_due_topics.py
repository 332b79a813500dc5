"""A member's matrix: each required topic of the role is valid, due soon, due again or missing."""

from datetime import date

from tests.training.factories import make_event, make_topic, require
from wegweiser.training.records import skills_matrix, team_matrix

ON = date(2026, 6, 1)


def test_each_required_topic_gets_its_status(users, authority):
    me = users["counsellor"]
    calm, culture, law, trauma = (make_topic(authority, name) for name in (
        "Deeskalation", "Interkulturelle Kompetenz", "Rechtsänderungen", "Traumasensibel"))
    require(calm, "counsellor", 12)
    require(culture, "counsellor")
    require(law, "counsellor", 12)
    require(trauma, "counsellor", 24)
    require(make_topic(authority, "Nur Sachbearbeitung"), "caseworker")
    make_event(calm, date(2025, 8, 1), attendees=[me])        # valid until 2026-08-01: soon
    make_event(culture, date(2019, 1, 1), attendees=[me])     # once is enough
    make_event(law, date(2025, 3, 1), attendees=[me])         # ended 2026-03-01
    make_event(law, date(2026, 7, 1), attendees=[me])         # after the day asked: not counted
    make_event(trauma, date(2026, 2, 1), attendees=[(me, "excused")])  # excused: not counted
    rows = {row.topic: (row.status, row.valid_until) for row in skills_matrix(me, ON)}
    assert rows == {
        "Deeskalation": ("due_soon", date(2026, 8, 1)),
        "Interkulturelle Kompetenz": ("valid", None),
        "Rechtsänderungen": ("expired", date(2026, 3, 1)),
        "Traumasensibel": ("missing", None),
    }


def test_the_team_matrix_gives_each_member_the_rows_of_the_own_role(users, authority):
    topic = make_topic(authority)
    require(topic, "caseworker", 12)
    matrix = team_matrix([users["caseworker"], users["counsellor"]], ON)
    assert [row.status for row in matrix[users["caseworker"].pk]] == ["missing"]
    assert matrix[users["counsellor"].pk] == []
