"""Once the chair approved the minutes, the conference and its items are read-only; only the
outcome of a recommendation is still tracked."""

from datetime import timedelta

from django.urls import reverse

from tests.conftest import login, make_person
from tests.review.conference_helpers import held_conference, today
from wegweiser.cases.models import FollowUp
from wegweiser.review.models import AgendaItem, Conference


def test_items_cannot_be_changed_after_approval(client, authority, users):
    head = users["head"]
    conference, item = held_conference(authority, head, make_person(authority))
    login(client, head)
    page = client.get(reverse("review:item", args=[item.pk])).content.decode()
    assert f'action="{reverse("review:item_record", args=[item.pk])}"' not in page
    response = client.post(reverse("review:item_record", args=[item.pk]), {
        "discussion": "Nachträglich geändert", "recommendation": "keep", "version": item.version})
    assert response.status_code == 400
    assert "Das Protokoll ist genehmigt" in response.content.decode()
    assert AgendaItem.objects.get(pk=item.pk).recommendation == "grant"
    response = client.post(reverse("review:item_action", args=[item.pk]), {
        "reason": "Noch etwas", "assignee": head.pk,
        "due_date": (today() + timedelta(days=5)).isoformat()})
    assert response.status_code == 400
    assert not FollowUp.objects.exists()


def test_the_conference_cannot_be_changed_after_approval(client, authority, users):
    head = users["head"]
    conference, item = held_conference(authority, head, make_person(authority))
    login(client, head)
    response = client.post(reverse("review:conference_edit", args=[conference.pk]), {
        "held_on": "2026-01-01", "title": "Anders", "chair": head.pk, "version": conference.version})
    assert response.status_code == 302
    assert Conference.objects.get(pk=conference.pk).title == "Fallkonferenz"
    client.post(reverse("review:conference_held", args=[conference.pk]),
                {"version": conference.version})
    assert Conference.objects.get(pk=conference.pk).status == "approved"


def test_the_outcome_is_still_recorded_after_approval(client, authority, users):
    head = users["head"]
    _conference, item = held_conference(authority, head, make_person(authority))
    login(client, head).post(reverse("review:item_outcome", args=[item.pk]), {
        "outcome": "followed", "outcome_reason": "", "version": item.version})
    assert AgendaItem.objects.get(pk=item.pk).outcome == "followed"
