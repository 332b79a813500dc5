"""A proposal the head does not take stays visible, marked as not taken."""

from django.urls import reverse

from tests.conftest import login, make_person
from tests.review.conference_helpers import plan, stored_results
from wegweiser.review.conferences import propose
from wegweiser.review.models import Proposal


def test_a_declined_proposal_is_listed_as_not_taken(client, authority, users):
    head = users["head"]
    person = make_person(authority, file_number="KT-7")
    proposal = propose(person, "caseworker", "Ausbildung begonnen – § 60c?", users["caseworker"])
    conference = plan(authority, head)
    login(client, head)
    response = client.post(reverse("review:proposal_decline", args=[conference.pk]),
                           {"proposal": proposal.pk}, follow=True)
    proposal.refresh_from_db()
    assert proposal.status == "declined"
    body = response.content.decode()
    declined = body[body.index('id="h-declined"'):]
    assert "KT-7 (M. H.)" in declined and "Ausbildung begonnen" in declined
    assert "Keine offenen Vorschläge." in body


def test_a_declined_candidate_is_stored_and_listed(client, authority, users):
    head = users["head"]
    person = make_person(authority, file_number="KT-8")
    stored_results(authority, [(person, "p23a", "may", {})])
    conference = plan(authority, head)
    response = login(client, head).post(
        reverse("review:proposal_decline", args=[conference.pk]),
        {"person": person.pk, "source": "p23a"}, follow=True)
    assert Proposal.objects.get().status == "declined"
    body = response.content.decode()
    assert "KT-8 (M. H.)" in body[body.index('id="h-declined"'):]
    assert "Keine Fälle aus dieser Herkunft." in body
