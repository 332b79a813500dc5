"""The administration changes a role and deactivates and reactivates an account; every change
is in the audit log with old and new value."""

from django.urls import reverse

from tests.accounts.user_helpers import account_form
from tests.conftest import PASSWORD, login
from wegweiser.audit.models import AuditAction, AuditEntry


def test_a_role_change_takes_effect_and_is_audited(client, users):
    caseworker = users["caseworker"]
    login(client, users["admin"])
    response = client.post(reverse("accounts:user_edit", args=[caseworker.pk]),
                           account_form(caseworker, role="head"))
    assert response.status_code == 302
    caseworker.refresh_from_db()
    assert caseworker.role == "head" and caseworker.version == 2
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE).latest("id")
    assert entry.detail["changes"] == {"role": ["caseworker", "head"]}


def logs_in(user) -> bool:
    from django.test import Client

    response = Client().post(reverse("login"), {"username": user.username, "password": PASSWORD})
    return response.status_code == 302


def test_a_deactivated_user_is_logged_out_and_cannot_log_in_until_reactivated(client, users):
    from django.test import Client

    caseworker = users["caseworker"]
    their_session = Client()
    their_session.force_login(caseworker)
    login(client, users["admin"])
    client.post(reverse("accounts:user_edit", args=[caseworker.pk]),
                account_form(caseworker, is_active=None))
    caseworker.refresh_from_db()
    assert not caseworker.is_active
    assert their_session.get(reverse("cases:list")).status_code == 302  # to the login
    assert not logs_in(caseworker)
    client.post(reverse("accounts:user_edit", args=[caseworker.pk]),
                account_form(caseworker, is_active="on"))
    caseworker.refresh_from_db()
    assert caseworker.is_active
    assert logs_in(caseworker)
