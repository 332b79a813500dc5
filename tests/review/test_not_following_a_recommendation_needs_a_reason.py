"""Every recommendation has a tracked outcome; "nicht gefolgt" needs the reason. The head and the
case's caseworker record it - nobody else."""

from django.urls import reverse

from tests.conftest import login, make_person
from tests.review.conference_helpers import assigned_person, held_conference, second_caseworker
from wegweiser.review.models import AgendaItem


def test_not_followed_without_a_reason_is_refused_in_german(client, authority, users):
    _conference, item = held_conference(authority, users["head"], make_person(authority))
    response = login(client, users["head"]).post(
        reverse("review:item_outcome", args=[item.pk]),
        {"outcome": "not_followed", "outcome_reason": " ", "version": item.version})
    assert response.status_code == 400
    assert "Bitte begründen, warum der Empfehlung nicht gefolgt wurde." in response.content.decode()
    item.refresh_from_db()
    assert (item.outcome, item.outcome_recorded_at) == ("open", None)


def test_not_followed_with_a_reason_is_recorded(client, authority, users):
    _conference, item = held_conference(authority, users["head"], make_person(authority))
    response = login(client, users["head"]).post(
        reverse("review:item_outcome", args=[item.pk]),
        {"outcome": "not_followed", "outcome_reason": "Identität weiter ungeklärt.",
         "version": item.version})
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.outcome, item.outcome_reason) == ("not_followed", "Identität weiter ungeklärt.")
    assert item.outcome_recorded_at is not None


def test_the_cases_caseworker_records_the_outcome(client, authority, users):
    caseworker = users["caseworker"]
    person = assigned_person(authority, caseworker)
    _conference, item = held_conference(authority, users["head"], person)
    login(client, caseworker)
    url = reverse("review:item_outcome", args=[item.pk])
    assert "Zahra Rahimi" in client.get(url).content.decode()
    client.post(url, {"outcome": "followed", "outcome_reason": "", "version": item.version})
    assert AgendaItem.objects.get(pk=item.pk).outcome == "followed"


def test_another_caseworker_may_not_record_the_outcome(client, authority, users):
    person = assigned_person(authority, users["caseworker"])
    _conference, item = held_conference(authority, users["head"], person)
    login(client, second_caseworker(authority))
    url = reverse("review:item_outcome", args=[item.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"outcome": "followed", "version": item.version}).status_code == 403
    assert AgendaItem.objects.get(pk=item.pk).outcome == "open"
