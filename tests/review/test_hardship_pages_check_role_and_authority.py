"""Every page of the § 23a petitions asks for its role (wrong role: 403) and shows only the
own authority's rows (another authority's petition, person or approval: 404)."""

import pytest

from review.hardship_factories import pending_petition
from tests.conftest import login, make_user
from wegweiser.review import hardship


@pytest.fixture
def petition(person, caseworker):
    return pending_petition(person, caseworker)


@pytest.fixture
def foreign(foreign_person, other_authority):
    owner = make_user(other_authority, "caseworker", "fremde-sachbearbeitung")
    petition = pending_petition(foreign_person, owner)
    approval = hardship.request_removal(owner, petition, "Flug gebucht")
    return petition, approval


def _pages(petition, approval_pk) -> list[tuple[str, str, str]]:
    return [
        ("get", "/praxis/haertefall/", "hardship.view"),
        ("get", f"/praxis/haertefall/{petition.pk}/", "hardship.view"),
        ("get", f"/praxis/haertefall/{petition.pk}/bearbeiten/", "hardship.edit"),
        ("get", f"/praxis/haertefall/person/{petition.person_id}/neu/", "hardship.edit"),
        ("post", f"/praxis/haertefall/{petition.pk}/abschiebung/", "hardship.edit"),
        ("post", f"/praxis/haertefall/freigabe/{approval_pk}/", "approval.answer"),
    ]


def test_every_hardship_page_is_walked_here(petition):
    from django.urls import resolve

    from tests.accounts.test_permission_matrix import protected_patterns

    walked = {resolve(url).view_name for _method, url, _action in _pages(petition, 1)}
    named = {name for name, _action, _pattern in protected_patterns()
             if name.startswith("review:hardship")}
    assert walked == named


@pytest.mark.parametrize("role", ["counsellor", "controlling", "dpo", "admin"])
def test_roles_without_the_action_get_403_everywhere(client, users, petition, role):
    login(client, users[role])
    for method, url, _action in _pages(petition, 1):
        assert getattr(client, method)(url).status_code == 403, (role, url)


def test_a_caseworker_may_not_answer_a_removal_request(client, users, petition):
    approval = hardship.request_removal(users["head"], petition, "Flug gebucht")
    login(client, users["caseworker"])

    response = client.post(f"/praxis/haertefall/freigabe/{approval.pk}/", {"version": 1})

    assert response.status_code == 403


@pytest.mark.parametrize("role", ["caseworker", "head"])
def test_another_authoritys_rows_are_404(client, users, foreign, role):
    petition, approval = foreign
    login(client, users[role])
    for method, url, action in _pages(petition, approval.pk)[1:]:
        if action == "approval.answer" and role != "head":
            continue
        assert getattr(client, method)(url, {"version": 1, "note": "x"}).status_code == 404, url


def test_the_list_shows_only_the_own_authoritys_petitions(client, users, petition, foreign):
    login(client, users["head"])

    page = client.get("/praxis/haertefall/").content.decode()

    assert petition.person.file_number in page and foreign[0].person.file_number not in page


@pytest.mark.parametrize("role", ["caseworker", "head"])
def test_the_right_roles_see_the_pages(client, users, petition, role):
    login(client, users[role])
    for method, url, _action in _pages(petition, 1)[:4]:
        assert getattr(client, method)(url).status_code == 200, url
