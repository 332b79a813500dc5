"""Editing a concern: the head and counsellors may; caseworkers (who read the dialogue) and
the other roles get 403; another authority gets 404 and changes nothing."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.counselling.records_helpers import make_partner
from wegweiser.dialogue.models import Concern

from .meeting_helpers import make_meeting


@pytest.fixture
def concern(authority):
    return Concern.objects.create(authority=authority, meeting=make_meeting(authority),
                                  organisation=make_partner(authority), text="Wartezeiten")


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "status"), [
    ("head", 200), ("counsellor", 200), ("caseworker", 403), ("controlling", 403),
    ("dpo", 403), ("admin", 403)])
def test_each_role_gets_what_it_may(client, users, concern, role, status):
    login(client, users[role])
    assert client.get(reverse("dialog:concern_edit", args=[concern.pk])).status_code == status


@pytest.mark.django_db
def test_another_authority_finds_no_such_concern(client, concern, other_authority):
    login(client, make_user(other_authority, "head", "fremd"))
    url = reverse("dialog:concern_edit", args=[concern.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"organisation": concern.organisation_id, "text": "fremd",
                             "version": 1}).status_code == 404
    concern.refresh_from_db()
    assert concern.text == "Wartezeiten"
