"""An action agreed on an agenda item becomes a Wiedervorlage of the case, with owner and due
date, through the case file's one door."""

from datetime import timedelta

from django.urls import reverse

from tests.conftest import login, make_person
from tests.review.conference_helpers import on_agenda, plan, today
from wegweiser.audit.models import AuditEntry
from wegweiser.cases.models import FollowUp
from wegweiser.review.models import AgendaAction


def test_an_action_becomes_a_follow_up_of_the_case(client, authority, users):
    head, caseworker = users["head"], users["caseworker"]
    person = make_person(authority)
    conference = plan(authority, head)
    item = on_agenda(conference, person, head)
    due = today() + timedelta(days=14)
    response = login(client, head).post(reverse("review:item_action", args=[item.pk]), {
        "reason": "Passbeschaffung nachweisen lassen", "assignee": caseworker.pk,
        "due_date": due.isoformat()})
    assert response.status_code == 302
    follow_up = FollowUp.objects.get()
    assert (follow_up.person, follow_up.assignee, follow_up.due_date) == (person, caseworker, due)
    assert follow_up.reason == (f"Fallkonferenz {conference.held_on:%d.%m.%Y}: "
                                "Passbeschaffung nachweisen lassen")
    assert AgendaAction.objects.get().follow_up == follow_up
    assert AuditEntry.objects.filter(person_id=person.pk, detail__record="followup").exists()
    login(client, caseworker)
    mine = client.get(reverse("cases:my_follow_ups")).content.decode()
    assert "Passbeschaffung nachweisen lassen" in mine


def test_an_action_due_in_the_past_is_refused_and_nothing_is_saved(client, authority, users):
    head = users["head"]
    item = on_agenda(plan(authority, head), make_person(authority), head)
    response = login(client, head).post(reverse("review:item_action", args=[item.pk]), {
        "reason": "Nachfragen", "assignee": head.pk,
        "due_date": (today() - timedelta(days=1)).isoformat()})
    assert response.status_code == 400
    assert "Das Fälligkeitsdatum liegt in der Vergangenheit." in response.content.decode()
    assert not FollowUp.objects.exists() and not AgendaAction.objects.exists()


def test_an_owner_of_another_authority_is_refused(client, authority, users, stranger):
    head = users["head"]
    item = on_agenda(plan(authority, head), make_person(authority), head)
    response = login(client, head).post(reverse("review:item_action", args=[item.pk]), {
        "reason": "Nachfragen", "assignee": stranger.pk,
        "due_date": (today() + timedelta(days=3)).isoformat()})
    assert response.status_code == 400
    assert not FollowUp.objects.exists()
