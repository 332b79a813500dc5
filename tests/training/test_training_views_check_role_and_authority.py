"""Every training page: a role without the action gets 403, rows of another authority 404."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.training.factories import make_event, make_topic, require
from wegweiser.training.models import LanguageSkill, PlannedTraining

# (url name, kwargs key or None, role that may, role that may not)
PAGES = [
    ("training:home", None, "caseworker", None),
    ("training:team", None, "head", "counsellor"),
    ("training:figures", None, "controlling", "caseworker"),
    ("training:events", None, "head", "controlling"),
    ("training:event_create", None, "head", "admin"),
    ("training:event", "event", "head", "counsellor"),
    ("training:event_edit", "event", "head", "caseworker"),
    ("training:topics", None, "admin", "controlling"),
    ("training:topic_edit", "topic", "admin", "dpo"),
    ("training:requirements", None, "admin", "counsellor"),
    ("training:plan", None, "head", "admin"),
]
POSTS = [
    ("training:attendance", "event", "controlling"),
    ("training:topics_seed", None, "caseworker"),
    ("training:requirement_delete", "requirement", "counsellor"),
    ("training:plan_delete", "plan", "dpo"),
]


@pytest.fixture
def rows(authority, users):
    topic = make_topic(authority)
    return {
        "event": make_event(topic, attendees=[users["counsellor"]]),
        "topic": topic,
        "requirement": require(topic, "counsellor", 12),
        "plan": PlannedTraining.objects.create(authority=authority, user=users["counsellor"],
                                               topic=topic, year=2026),
        "language": LanguageSkill.objects.create(authority=authority, user=users["counsellor"],
                                                 language="Arabisch", level="C1"),
    }


def url(name, key, rows):
    return reverse(name, kwargs={f"{key}_pk": rows[key].pk} if key else {})


@pytest.mark.parametrize(("name", "key", "allowed", "refused"), PAGES)
def test_the_page_opens_for_the_role_and_is_refused_to_another(client, users, rows, name, key,
                                                               allowed, refused):
    login(client, users[allowed])
    assert client.get(url(name, key, rows)).status_code == 200
    if refused:
        login(client, users[refused])
        assert client.get(url(name, key, rows)).status_code == 403


@pytest.mark.parametrize(("name", "key", "refused"), POSTS)
def test_a_change_is_refused_to_a_role_without_the_action(client, users, rows, name, key,
                                                          refused):
    login(client, users[refused])
    assert client.post(url(name, key, rows), {"version": 1}).status_code == 403


@pytest.mark.parametrize("name,key", [(n, k) for n, k, _a, _r in PAGES if k]
                         + [(n, k) for n, k, _r in POSTS if k])
def test_rows_of_another_authority_are_not_found(client, rows, other_authority, name, key):
    role = "admin" if name.startswith(("training:topic", "training:requirement")) else "head"
    login(client, make_user(other_authority, role, "fremd"))
    response = (client.post(url(name, key, rows), {"version": 1}) if name in
                {n for n, _k, _r in POSTS} else client.get(url(name, key, rows)))
    assert response.status_code == 404


def test_a_language_of_another_authority_is_not_found(client, rows, users, other_authority):
    login(client, make_user(other_authority, "head", "fremd"))
    target = reverse("training:language_delete",
                     args=[users["counsellor"].pk, rows["language"].pk])
    assert client.post(target, {"version": 1}).status_code == 404


def test_lists_show_nothing_of_another_authority(client, rows, other_authority):
    login(client, make_user(other_authority, "head", "fremd"))
    assert rows["event"].title not in client.get(reverse("training:events")).content.decode()
    assert "Test Counsellor" not in client.get(reverse("training:team")).content.decode()
