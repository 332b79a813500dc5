"""Proposing the same case from the same source twice gives one open proposal; once the head
has decided on it, Wegweiser does not propose it again from that source."""

import pytest
from django.core.exceptions import ValidationError

from tests.conftest import make_person
from tests.review.conference_helpers import plan, stored_results, today
from wegweiser.review.conferences import adopt_candidate, decline_candidate, propose
from wegweiser.review.models import Proposal
from wegweiser.review.proposals import candidates


def test_a_second_proposal_of_the_same_person_and_source_returns_the_first(person, caseworker):
    first = propose(person, "caseworker", "Ist ein Härtefall gegeben?", caseworker)
    second = propose(person, "caseworker", "Andere Frage", caseworker)
    assert second.pk == first.pk
    assert Proposal.objects.get().question == "Ist ein Härtefall gegeben?"


def test_another_source_is_another_proposal(person):
    propose(person, "caseworker", "Frage", None)
    propose(person, "consistency", "Gleich gelagerter Fall wurde anders entschieden.", None)
    assert Proposal.objects.count() == 2


def test_a_declined_proposal_does_not_block_a_new_one_from_the_caseworker(person, caseworker):
    from wegweiser.review.conferences import decline

    decline(caseworker, propose(person, "caseworker", "Frage", caseworker))
    again = propose(person, "caseworker", "Neue Tatsachen: Arbeitsvertrag liegt vor.", caseworker)
    assert again.status == "open"
    assert Proposal.objects.count() == 2


def test_the_database_keeps_one_open_proposal_per_person_and_source(person):
    from django.db import IntegrityError, transaction

    Proposal.objects.create(authority=person.authority, person=person, source="may", question="A")
    with pytest.raises(IntegrityError), transaction.atomic():
        Proposal.objects.create(authority=person.authority, person=person, source="may",
                                question="B")


def test_a_candidate_decided_on_is_not_proposed_again(authority, users):
    head = users["head"]
    taken = make_person(authority, file_number="KT-1")
    declined = make_person(authority, file_number="KT-2")
    stored_results(authority, [(taken, "p25_5", "may", {}), (declined, "p25_5", "may", {})])
    conference = plan(authority, head)
    adopt_candidate(head, conference, taken, "may", conference.version)
    decline_candidate(head, declined, "may")
    assert candidates(authority.pk, today()) == []
    assert Proposal.objects.get(person=declined).status == "declined"
    assert Proposal.objects.get(person=taken).question.startswith("Ermessen eröffnet (§ 25 Abs. 5")


def test_a_proposal_the_data_no_longer_support_is_refused(authority, users):
    head = users["head"]
    person = make_person(authority)
    stored_results(authority, [(person, "p25_5", "not_met", {})])
    conference = plan(authority, head)
    with pytest.raises(ValidationError, match="nicht mehr vor"):
        adopt_candidate(head, conference, person, "may", conference.version)
    assert not Proposal.objects.exists()


def test_a_proposal_needs_a_known_source_and_a_question(person):
    with pytest.raises(ValidationError, match="Frage"):
        propose(person, "caseworker", "   ", None)
    with pytest.raises(ValidationError, match="Herkunft"):
        propose(person, "erfunden", "Frage", None)
    assert not Proposal.objects.exists()
