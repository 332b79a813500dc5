"""Deleting a meeting is refused, with a German message and nothing deleted, while one of its
actions is open or in progress, and when someone changed the meeting since the page was read."""

import pytest
from django.urls import reverse

from tests.conftest import login
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.dialogue.models import AgreedAction, Meeting

from .meeting_helpers import make_action, make_meeting


@pytest.mark.django_db
def test_open_actions_keep_the_meeting(client, users, authority):
    meeting = make_meeting(authority)
    make_action(meeting, status="in_progress", owner_user=users["head"])
    make_action(meeting, status="done", outcome="ok", owner_user=users["head"])
    url = reverse("dialog:meeting_delete", args=[meeting.pk])
    login(client, users["head"])

    assert "Treffen endgültig löschen" not in client.get(url).content.decode()
    response = client.post(url, {"version": meeting.version})

    assert response.status_code == 400
    assert "noch 1 offene Vereinbarung" in response.content.decode()
    assert Meeting.objects.count() == 1 and AgreedAction.objects.count() == 2
    assert not AuditEntry.objects.filter(action=AuditAction.DELETE).exists()


@pytest.mark.django_db
def test_a_stale_version_keeps_the_meeting(client, users, authority):
    meeting = make_meeting(authority)
    login(client, users["head"])
    response = client.post(reverse("dialog:meeting_delete", args=[meeting.pk]),
                           {"version": meeting.version + 1})
    assert response.status_code == 400
    assert "von jemand anderem geändert" in response.content.decode()
    assert Meeting.objects.count() == 1
