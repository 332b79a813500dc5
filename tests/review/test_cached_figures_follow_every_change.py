"""The figures are cached per state of the data: a new decision, a changed one, a deleted one
or a removed team shows at once."""

import re
from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import decide, make_team, many, new_person


def total(client):
    page = client.get(reverse("review:practice"), {"start": "2025-01-01"}).content.decode()
    return re.search(r"<li>(\d+) Entscheidung", page).group(1)


@pytest.fixture
def head(client, users):
    return login(client, users["head"])


def test_a_new_decision_shows_at_once(head, authority):
    decide(new_person(authority), date(2025, 3, 1))
    assert total(head) == "1"
    decide(new_person(authority), date(2025, 3, 2))
    assert total(head) == "2"


def test_a_changed_and_a_deleted_decision_show_at_once(head, authority):
    first = decide(new_person(authority), date(2025, 3, 1))
    decide(new_person(authority), date(2025, 3, 1))
    assert total(head) == "2"
    first.decided_on = date(2024, 3, 1)
    first.save()
    assert total(head) == "1"
    first.person.delete()  # the case file goes, and its decisions with it
    decide(new_person(authority), date(2024, 3, 1))
    assert total(head) == "1"


def test_a_removed_team_shows_at_once(head, authority):
    team = make_team(authority, "Team Alt")
    many(authority, 5, decided_on=date(2025, 3, 1), team=team)
    assert "Team Alt" in head.get(reverse("review:practice"), {"start": "2025-01-01"}).content.decode()
    team.delete()
    page = head.get(reverse("review:practice"), {"start": "2025-01-01"}).content.decode()
    assert "Team Alt" not in page and "ohne Team" in page
