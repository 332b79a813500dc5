"""cases.FollowUp belongs to a person's case file, so a staff owner's dialogue actions are
listed in their own section of "Meine Wiedervorlagen" instead; others' actions are not."""

import pytest
from django.urls import reverse

from tests.conftest import login

from .meeting_helpers import make_action, make_meeting


@pytest.mark.django_db
def test_my_open_dialogue_actions_appear_on_my_follow_ups(client, users, authority):
    meeting = make_meeting(authority)
    make_action(meeting, "Meine-Aufgabe", owner_user=users["caseworker"])
    make_action(meeting, "Fremde-Aufgabe", owner_user=users["head"])
    make_action(meeting, "Erledigte-Aufgabe", status="done", outcome="ok",
                owner_user=users["caseworker"])
    body = login(client, users["caseworker"]).get(reverse("cases:my_follow_ups")).content.decode()
    assert "Meine Vereinbarungen aus dem Dialog" in body and "Meine-Aufgabe" in body
    assert "Fremde-Aufgabe" not in body and "Erledigte-Aufgabe" not in body
