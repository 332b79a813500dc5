"""Nobody can take the administration role from themselves or deactivate their own account."""

import pytest
from django.urls import reverse

from tests.accounts.user_helpers import account_form
from tests.conftest import login


@pytest.mark.parametrize("change", [{"role": "caseworker"}, {"is_active": None}])
def test_the_own_role_and_login_stay(client, users, change):
    admin = users["admin"]
    login(client, admin)
    response = client.post(reverse("accounts:user_edit", args=[admin.pk]),
                           account_form(admin, **change))
    assert response.status_code == 400
    admin.refresh_from_db()
    assert admin.role == "admin" and admin.is_active and admin.version == 1


def test_another_administrator_may_be_changed(client, users, authority):
    from tests.conftest import make_user

    colleague = make_user(authority, "admin", "zweite-admin")
    login(client, users["admin"])
    response = client.post(reverse("accounts:user_edit", args=[colleague.pk]),
                           account_form(colleague, role="controlling"))
    assert response.status_code == 302
    colleague.refresh_from_db()
    assert colleague.role == "controlling"
