"""Smoke: the decision-practice pages render for the head of department."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import SIMILAR, decide, make_team, new_person


def test_the_pages_render_with_decisions(client, users, authority):
    team = make_team(authority, "Team A–K")
    a, b = new_person(authority), new_person(authority)
    decide(a, date(2025, 2, 1), "refused", team=team, verdict="may", reasons=["identity"],
           similarity=SIMILAR)
    decide(b, date(2025, 5, 1), "granted", team=team, verdict="may", similarity=SIMILAR)
    login(client, users["head"])
    for name in ("review:practice", "review:practice_alerts", "review:practice_missed"):
        response = client.get(reverse(name), {"start": "2020-01-01", "grain": "quarter"})
        assert response.status_code == 200, name
    response = client.get(reverse("review:practice_export"))
    assert response.status_code == 200
