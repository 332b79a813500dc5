"""The minutes are approved by the chair only; approving stores them as PDF."""

from django.urls import reverse

from tests.conftest import login, make_person, make_user
from tests.pdf import pdf_text
from tests.review.conference_helpers import hold, on_agenda, plan, recommend
from wegweiser.review.models import Conference


def held_with_item(authority, head):
    conference = plan(authority, head)
    item = on_agenda(conference, make_person(authority), head)
    hold(conference, head)
    recommend(item, head)
    conference.refresh_from_db()
    return conference


def approve_url(conference):
    return reverse("review:minutes_approve", args=[conference.pk])


def test_the_chair_approves_and_the_pdf_is_archived(client, authority, users):
    head = users["head"]
    conference = held_with_item(authority, head)
    response = login(client, head).post(approve_url(conference), {"version": conference.version})
    assert response.status_code == 302
    conference.refresh_from_db()
    assert conference.status == "approved"
    assert conference.minutes_approved_by == head
    text = pdf_text(conference.minutes_pdf)
    assert "Protokoll der Fallkonferenz" in text and "TOP 1: KT-2019-0001 (M. H.)" in text
    assert "Liegt ein Härtefall vor?" in text and "Beraten." in text
    assert "genehmigt von" in text and "ENTWURF" not in text
    download = client.get(reverse("review:minutes", args=[conference.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download.content == bytes(conference.minutes_pdf)


def test_another_head_of_department_may_not_approve(client, authority, users):
    conference = held_with_item(authority, users["head"])
    other_head = make_user(authority, "head", "leitung-zwei")
    login(client, other_head)
    page = client.get(reverse("review:conference", args=[conference.pk])).content.decode()
    assert "Protokoll genehmigen" not in page
    assert client.post(approve_url(conference), {"version": conference.version}).status_code == 403
    assert Conference.objects.get(pk=conference.pk).status == "held"


def test_a_caseworker_may_not_approve(client, authority, users):
    conference = held_with_item(authority, users["head"])
    login(client, users["caseworker"])
    assert client.post(approve_url(conference), {"version": conference.version}).status_code == 403
    assert Conference.objects.get(pk=conference.pk).minutes_pdf is None


def test_minutes_are_approved_only_after_the_conference_with_a_recommendation_per_item(
        client, authority, users):
    head = users["head"]
    conference = plan(authority, head)
    item = on_agenda(conference, make_person(authority), head)
    login(client, head)
    response = client.post(approve_url(conference), {"version": conference.version}, follow=True)
    assert "Genehmigt wird das Protokoll einer durchgeführten Konferenz." in response.content.decode()
    hold(conference, head)
    conference.refresh_from_db()
    response = client.post(approve_url(conference), {"version": conference.version}, follow=True)
    assert "es fehlt noch bei TOP 1" in response.content.decode()
    recommend(item, head)
    conference.refresh_from_db()
    client.post(approve_url(conference), {"version": conference.version})
    assert Conference.objects.get(pk=conference.pk).status == "approved"


def test_a_draft_is_offered_before_approval(client, authority, users):
    conference = held_with_item(authority, users["head"])
    response = login(client, users["caseworker"]).get(reverse("review:minutes", args=[conference.pk]))
    assert response.status_code == 200
    assert "ENTWURF – nicht genehmigt" in pdf_text(response.content)
    assert "entwurf-" in response["Content-Disposition"]
