"""Every decision-practice view: the wrong role gets 403, another authority's rows stay
invisible (404 for a person of another authority)."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.review.practice_helpers import SIMILAR, decide, make_team, new_person

FIGURES = ["review:practice", "review:practice_export"]
CASES = ["review:practice_alerts", "review:practice_missed"]


@pytest.mark.parametrize("role", ["caseworker", "counsellor", "dpo", "admin"])
def test_roles_without_the_right_get_403_everywhere(client, users, person, role):
    login(client, users[role])
    for name in FIGURES + CASES:
        assert client.get(reverse(name)).status_code == 403, name
    url = reverse("review:practice_propose", args=[person.pk])
    assert client.post(url, {"source": "may"}).status_code == 403


def test_controlling_sees_the_figures_but_no_list_of_persons(client, users, person):
    login(client, users["controlling"])
    for name in FIGURES:
        assert client.get(reverse(name)).status_code == 200, name
    for name in CASES:
        assert client.get(reverse(name)).status_code == 403, name
    url = reverse("review:practice_propose", args=[person.pk])
    assert client.post(url, {"source": "may"}).status_code == 403


@pytest.fixture
def foreign_head(other_authority):
    return make_user(other_authority, "head", "foreign-head")


def test_another_authoritys_decisions_are_not_counted(client, users, authority, foreign_head):
    decide(new_person(authority), date(2025, 3, 1), "granted")
    login(client, foreign_head)
    page = client.get(reverse("review:practice"), {"start": "2025-01-01"}).content.decode()
    assert "0 Entscheidungen" in page
    export = client.get(reverse("review:practice_export"), {"start": "2025-01-01"})
    assert "Insgesamt;Insgesamt;0;0;" in export.content.decode("utf-8-sig")


def test_another_authoritys_team_cannot_be_chosen(client, users, authority, foreign_head):
    team = make_team(authority, "Team Eigen")
    login(client, foreign_head)
    page = client.get(reverse("review:practice"), {"team": str(team.pk)}).content.decode()
    assert "kein möglicher Wert" in page
    assert "Team Eigen" not in page


def test_another_authoritys_alerts_and_refusals_are_not_listed(client, authority, foreign_head):
    refused = decide(new_person(authority), date(2025, 3, 1), "refused", verdict="may",
                     similarity=SIMILAR)
    decide(new_person(authority), date(2024, 6, 1), "granted", verdict="may", similarity=SIMILAR)
    login(client, foreign_head)
    page = client.get(reverse("review:practice_alerts"), {"start": "2025-01-01"}).content.decode()
    assert refused.person.file_number not in page
    assert refused.person.file_number not in client.get(
        reverse("review:practice_missed")).content.decode()


def test_proposing_a_person_of_another_authority_is_404(client, person, foreign_head,
                                                        monkeypatch):
    monkeypatch.setattr("wegweiser.review.practice_hooks.proposer", lambda: lambda *a, **k: None)
    login(client, foreign_head)
    url = reverse("review:practice_propose", args=[person.pk])
    assert client.post(url, {"source": "may"}).status_code == 404
