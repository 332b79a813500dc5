"""Walk the whole role × action matrix over every protected page."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import login
from wegweiser.accounts.roles import PERMISSIONS, Role, can


def protected_patterns(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from protected_patterns(entry, inner)
        elif isinstance(entry, URLPattern) and hasattr(entry.callback, "required_action"):
            yield f"{namespace}{entry.name}", entry.callback.required_action, entry.pattern


def url_for(name, pattern, person, follow_up):
    # Ids of rows the fixture does not create fall back to 1: a 404 still proves "not 403".
    kwargs = {}
    for key in pattern.converters:
        kwargs[key] = {
            "pk": person.pk,
            "period_pk": person.status_periods.first().pk,
            "kind_slug": "language",
            "fact_pk": 1,
            "record_pk": 1,
            "follow_up_pk": follow_up.pk,
            "job_pk": 1,
            "fmt": "csv",
            "user_pk": follow_up.assignee_id,
        }.get(key, 1)
    return reverse(name, kwargs=kwargs)


def test_every_protected_page_is_in_the_matrix():
    actions = {action for _, action, _ in protected_patterns()}
    assert actions <= set(PERMISSIONS), actions - set(PERMISSIONS)
    assert len(actions) >= 6


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_each_role_gets_exactly_what_the_matrix_allows(client, users, person, role):
    from wegweiser.cases.models import FollowUp

    follow_up = FollowUp.objects.create(
        authority=person.authority,
        person=person,
        due_date="2026-12-01",
        reason="Pass",
        assignee=users["caseworker"],
    )
    user = users[role]
    login(client, user)
    for name, action, pattern in protected_patterns():
        url = url_for(name, pattern, person, follow_up)
        response = client.get(url)
        if response.status_code == 405:  # POST-only actions
            response = client.post(url, {"version": 0})
        if can(user, action):
            assert response.status_code != 403, (role, name)
        else:
            assert response.status_code == 403, (role, name, response.status_code)


def test_counsellors_and_controlling_never_see_criminal_records():
    assert not can_role(Role.COUNSELLOR, "case.view_criminal")
    assert not can_role(Role.CONTROLLING, "case.view_criminal")
    assert not can_role(Role.CONTROLLING, "case.view")
    assert can_role(Role.CONTROLLING, "aggregates.view")


def can_role(role, action):
    class FakeUser:
        is_authenticated = True
        is_active = True
        authority_id = 1

    user = FakeUser()
    user.role = role  # type: ignore[attr-defined]
    return can(user, action)


def test_anonymous_visitors_are_sent_to_the_login(client, person):
    response = client.get(reverse("cases:detail", args=[person.pk]))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
