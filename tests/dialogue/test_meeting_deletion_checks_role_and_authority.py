"""Only the head deletes meetings: counsellors (who edit meetings), caseworkers and the other
roles get 403; the head of another authority gets 404 and deletes nothing."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from wegweiser.dialogue.models import Meeting

from .meeting_helpers import make_meeting


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["caseworker", "counsellor", "controlling", "dpo", "admin"])
def test_other_roles_may_not_delete(client, users, authority, role):
    meeting = make_meeting(authority)
    url = reverse("dialog:meeting_delete", args=[meeting.pk])
    login(client, users[role])
    assert client.get(url).status_code == 403
    assert client.post(url, {"version": meeting.version}).status_code == 403
    assert Meeting.objects.count() == 1


@pytest.mark.django_db
def test_another_authoritys_head_finds_no_such_meeting(client, authority, other_authority):
    meeting = make_meeting(authority)
    url = reverse("dialog:meeting_delete", args=[meeting.pk])
    login(client, make_user(other_authority, "head", "fremd"))
    assert client.get(url).status_code == 404
    assert client.post(url, {"version": meeting.version}).status_code == 404
    assert Meeting.unscoped.count() == 1
