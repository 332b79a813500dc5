"""The head plans a conference: date, title, chair (a head of department of the same
authority), staff participants and external experts by name and organisation. Bad input is
refused in German and nothing is saved."""

from django.urls import reverse

from tests.conftest import login, make_user
from wegweiser.review.models import Conference, ExternalParticipant


def form(head, **changes):
    data = {"held_on": "2026-12-10", "title": "Fallkonferenz Dezember", "chair": head.pk,
            "participants": [], "externals": "Anna Berg, Caritas\nDr. Ole Schmidt"}
    data.update(changes)
    return data


def test_the_head_plans_a_conference_with_external_experts(client, users):
    head, caseworker = users["head"], users["caseworker"]
    response = login(client, head).post(reverse("review:conference_add"),
                                        form(head, participants=[caseworker.pk]))
    assert response.status_code == 302
    conference = Conference.objects.get()
    assert (conference.chair, conference.status, conference.title) == (
        head, "planned", "Fallkonferenz Dezember")
    assert list(conference.participants.all()) == [caseworker]
    assert list(ExternalParticipant.objects.values_list("name", "organisation")) == [
        ("Anna Berg", "Caritas"), ("Dr. Ole Schmidt", "")]
    page = client.get(reverse("review:conference", args=[conference.pk])).content.decode()
    assert "Anna Berg (Caritas)" in page


def test_editing_keeps_a_newer_version(client, users):
    head = users["head"]
    login(client, head).post(reverse("review:conference_add"), form(head))
    conference = Conference.objects.get()
    url = reverse("review:conference_edit", args=[conference.pk])
    assert client.post(url, form(head, title="Erste", version=1)).status_code == 302
    response = client.post(url, form(head, title="Zweite", version=1))
    assert response.status_code == 409
    assert Conference.objects.get().title == "Erste"


def test_the_chair_must_be_a_head_of_this_authority(client, users, other_authority):
    head = users["head"]
    login(client, head)
    for chair in (users["caseworker"], make_user(other_authority, "head", "fremd")):
        response = client.post(reverse("review:conference_add"), form(head, chair=chair.pk))
        assert response.status_code == 400
        assert "Bitte eine gültige Auswahl treffen." in response.content.decode()
    assert not Conference.objects.exists()


def test_the_service_refuses_a_chair_who_is_no_head(users, authority):
    import pytest
    from django.core.exceptions import ValidationError

    from wegweiser.review.conferences import plan_conference

    conference = Conference(authority=authority, held_on="2026-12-10", chair=users["caseworker"])
    with pytest.raises(ValidationError, match="Den Vorsitz führt eine Abteilungsleitung"):
        plan_conference(users["head"], conference, None, [], [])
    assert not Conference.objects.exists()


def test_missing_date_and_nameless_expert_are_refused_in_german(client, users):
    head = users["head"]
    response = login(client, head).post(reverse("review:conference_add"),
                                        form(head, held_on="", externals=", Caritas"))
    body = response.content.decode()
    assert response.status_code == 400
    assert "Dieses Feld ist zwingend erforderlich." in body
    assert "In jeder Zeile steht zuerst der Name" in body
    assert not Conference.objects.exists() and not ExternalParticipant.objects.exists()


def test_a_recommendation_other_needs_its_explanation(client, authority, users):
    from tests.conftest import make_person
    from tests.review.conference_helpers import on_agenda, plan
    from wegweiser.review.models import AgendaItem

    head = users["head"]
    item = on_agenda(plan(authority, head), make_person(authority), head)
    response = login(client, head).post(reverse("review:item_record", args=[item.pk]), {
        "discussion": "Beraten", "recommendation": "other", "recommendation_text": "",
        "version": item.version})
    assert response.status_code == 400
    assert "Bei „Sonstiges“ bitte die Empfehlung erläutern." in response.content.decode()
    assert AgendaItem.objects.get(pk=item.pk).discussion == ""


def test_a_conference_is_not_marked_held_before_its_day(client, users):
    head = users["head"]
    login(client, head).post(reverse("review:conference_add"), form(head, held_on="2099-01-01"))
    conference = Conference.objects.get()
    response = client.post(reverse("review:conference_held", args=[conference.pk]),
                           {"version": conference.version}, follow=True)
    assert "Die Konferenz findet erst am 01.01.2099 statt." in response.content.decode()
    assert Conference.objects.get().status == "planned"
