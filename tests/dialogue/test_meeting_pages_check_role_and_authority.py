"""Dialogue pages: caseworkers, the head and counsellors read them; the head and counsellors
edit; controlling, the data-protection officer and the administration get 403; meetings and
actions of another authority are 404 and never listed."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.counselling.records_helpers import make_partner
from wegweiser.dialogue.models import AgreedAction, MeetingSeries

from .meeting_helpers import make_action, make_meeting


@pytest.fixture
def rows(authority, users):
    meeting = make_meeting(authority, title="Runder Tisch Nord")
    action = make_action(meeting, owner_user=users["head"])
    series = MeetingSeries.objects.create(authority=authority, title="Reihe", format="round_table")
    return meeting, action, series


def _pages(meeting, action, series):
    return {
        "read": [reverse("dialog:meeting_list"), reverse("dialog:action_list"),
                 reverse("dialog:meeting_detail", args=[meeting.pk])],
        "edit": [reverse("dialog:meeting_create"), reverse("dialog:series_create"),
                 reverse("dialog:meeting_edit", args=[meeting.pk]),
                 reverse("dialog:action_edit", args=[action.pk])],
        "post": [reverse("dialog:action_add", args=[meeting.pk]),
                 reverse("dialog:concern_add", args=[meeting.pk]),
                 reverse("dialog:series_plan_next", args=[series.pk])],
    }


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "reads", "edits"), [
    ("caseworker", True, False), ("head", True, True), ("counsellor", True, True),
    ("controlling", False, False), ("dpo", False, False), ("admin", False, False)])
def test_each_role_gets_what_it_may(client, users, rows, role, reads, edits):
    pages = _pages(*rows)
    login(client, users[role])
    for url in pages["read"]:
        assert client.get(url).status_code == (200 if reads else 403), url
    for url in pages["edit"]:
        assert client.get(url).status_code == (200 if edits else 403), url
    for url in pages["post"]:
        if not edits:
            assert client.post(url, {}).status_code == 403, url


@pytest.mark.django_db
def test_another_authority_sees_none_of_our_meetings(client, rows, other_authority):
    meeting, action, series = rows
    make_partner(other_authority)
    login(client, make_user(other_authority, "head", "fremd"))
    assert "Runder Tisch Nord" not in client.get(reverse("dialog:meeting_list")).content.decode()
    assert "Merkblatt" not in client.get(reverse("dialog:action_list")).content.decode()
    pages = _pages(meeting, action, series)
    for url in pages["read"][2:] + pages["edit"][2:]:
        assert client.get(url).status_code == 404, url
    for url in pages["post"]:
        assert client.post(url, {"text": "x"}).status_code == 404, url
    assert AgreedAction.objects.count() == 1 and meeting.concerns.count() == 0
    assert meeting.series_id is None and series.meetings.count() == 0
