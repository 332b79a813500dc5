"""From the consistency alerts and the missed-discretion list the head proposes a case for the
next conference - through review.conferences.propose, when that module is there."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import decide, new_person
from tests.review.test_missed_discretion_lists_refusals_the_law_now_opens import run


@pytest.fixture
def refused(authority):
    person = new_person(authority, family_name="Refused")
    decide(person, date(2024, 5, 1), "refused", verdict="not_met")
    run(authority, [(person, "p25_5", "may")])
    return person


@pytest.fixture
def proposals(monkeypatch):
    calls = []

    def propose(person, source, question, user=None, request=None):
        calls.append((person.pk, source, question, user.username))

    monkeypatch.setattr("wegweiser.review.practice_hooks.proposer", lambda: propose)
    return calls


def test_the_head_proposes_a_person_from_the_list(client, users, refused, proposals):
    login(client, users["head"])
    page = client.get(reverse("review:practice_missed")).content.decode()
    assert "Für die nächste Fallkonferenz vorschlagen" in page
    url = reverse("review:practice_propose", args=[refused.pk])
    response = client.post(url, {"source": "may", "next": reverse("review:practice_missed")})
    assert response.status_code == 302
    assert response["Location"] == reverse("review:practice_missed")
    [(person_id, source, question, username)] = proposals
    assert (person_id, source, username) == (refused.pk, "may", users["head"].username)
    assert "Ermessen" in question


def test_an_unknown_source_proposes_nothing(client, users, refused, proposals):
    login(client, users["head"])
    url = reverse("review:practice_propose", args=[refused.pk])
    assert client.post(url, {"source": "caseworker"}).status_code == 404
    assert proposals == []


def test_without_the_conference_module_there_is_no_button(client, users, refused, monkeypatch):
    monkeypatch.setattr("wegweiser.review.practice_hooks.proposer", lambda: None)
    login(client, users["head"])
    page = client.get(reverse("review:practice_missed")).content.decode()
    assert "Für die nächste Fallkonferenz vorschlagen" not in page
    url = reverse("review:practice_propose", args=[refused.pk])
    assert client.post(url, {"source": "may"}).status_code == 404


def test_the_proposal_goes_through_the_conference_door(client, users, refused):
    from wegweiser.review.models import Proposal

    login(client, users["head"])
    url = reverse("review:practice_propose", args=[refused.pk])
    client.post(url, {"source": "may"})
    client.post(url, {"source": "may"})  # twice: still one open proposal
    [proposal] = Proposal.objects.filter(person=refused)
    assert (proposal.source, proposal.proposed_by) == ("may", users["head"])
    page = client.get(reverse("review:practice_missed")).content.decode()
    assert "bereits vorgeschlagen" in page
