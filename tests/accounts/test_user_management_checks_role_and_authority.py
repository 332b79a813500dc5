"""Only the administration manages accounts, and only those of its own authority: other roles
get 403, accounts of another authority are invisible (404)."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from wegweiser.accounts.roles import Role

ACCOUNT_URLS = [("accounts:user_edit", "get"), ("accounts:user_password", "get"),
                ("accounts:user_unlock", "post")]


@pytest.mark.parametrize("role", [r.value for r in Role if r != Role.ADMIN])
def test_other_roles_get_403(client, users, role):
    login(client, users[role])
    assert client.get(reverse("accounts:user_list")).status_code == 403
    assert client.get(reverse("accounts:user_create")).status_code == 403
    for name, method in ACCOUNT_URLS:
        response = getattr(client, method)(reverse(name, args=[users["caseworker"].pk]))
        assert response.status_code == 403, name


def test_accounts_of_another_authority_are_404_and_not_listed(client, users, other_authority):
    foreign = make_user(other_authority, "caseworker", "fremde-sb")
    login(client, users["admin"])
    for name, method in ACCOUNT_URLS:
        response = getattr(client, method)(reverse(name, args=[foreign.pk]))
        assert response.status_code == 404, name
    response = client.post(reverse("accounts:user_edit", args=[foreign.pk]),
                           {"first_name": "X", "last_name": "Y", "role": "admin", "version": 1})
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.role == "caseworker"
    listing = client.get(reverse("accounts:user_list")).content.decode()
    assert "fremde-sb" not in listing and users["caseworker"].username in listing
