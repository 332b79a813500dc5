"""A caseworker proposes a case from its page ("Härtefall prüfen") with a short question."""

from django.urls import reverse

from tests.conftest import login
from wegweiser.review.models import Proposal


def test_the_case_page_offers_to_propose_the_case(client, caseworker, person):
    body = login(client, caseworker).get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert reverse("review:case_propose", args=[person.pk]) in body
    assert "Härtefall prüfen" in body


def test_the_caseworker_proposes_the_case_with_a_question(client, caseworker, person):
    login(client, caseworker)
    url = reverse("review:case_propose", args=[person.pk])
    response = client.post(url, {"question": "Seit 9 Jahren geduldet, Ausbildung begonnen: § 25 Abs. 5?"})
    assert response.status_code == 302
    proposal = Proposal.objects.get()
    assert (proposal.person, proposal.source, proposal.proposed_by) == (person, "caseworker", caseworker)
    assert proposal.status == "open"
    again = client.get(url).content.decode()
    assert "wartet auf die Abteilungsleitung" in again


def test_proposing_again_keeps_the_first_question(client, caseworker, person):
    login(client, caseworker)
    url = reverse("review:case_propose", args=[person.pk])
    client.post(url, {"question": "Erste Frage"})
    response = client.post(url, {"question": "Zweite Frage"}, follow=True)
    assert "schon vorgeschlagen" in response.content.decode()
    assert list(Proposal.objects.values_list("question", flat=True)) == ["Erste Frage"]


def test_an_empty_question_is_refused_in_german_and_nothing_is_saved(client, caseworker, person):
    response = login(client, caseworker).post(
        reverse("review:case_propose", args=[person.pk]), {"question": "  "})
    assert response.status_code == 400
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()
    assert not Proposal.objects.exists()


def test_a_counsellor_may_not_propose(client, users, person):
    login(client, users["counsellor"])
    assert client.get(reverse("review:case_propose", args=[person.pk])).status_code == 403
    body = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert reverse("review:case_propose", args=[person.pk]) not in body
