"""An account locked after failed logins is shown as locked and unlocked by the administration;
a forgotten password is replaced (entered or generated); both are audited."""

import re

from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD, login
from wegweiser.audit.models import AuditAction, AuditEntry


def lock(user):
    attacker = Client()
    for _ in range(5):
        attacker.post(reverse("login"), {"username": user.username, "password": "falsch"})
    assert attacker.post(reverse("login"), {"username": user.username,
                                            "password": PASSWORD}).status_code == 429


def test_a_locked_account_is_shown_and_unlocked(client, users):
    caseworker = users["caseworker"]
    lock(caseworker)
    login(client, users["admin"])
    page = client.get(reverse("accounts:user_list")).content.decode()
    assert "gesperrt nach Fehlanmeldungen" in page
    assert reverse("accounts:user_unlock", args=[caseworker.pk]) in page
    assert client.post(reverse("accounts:user_unlock", args=[caseworker.pk])).status_code == 302
    assert Client().post(reverse("login"), {"username": caseworker.username,
                                           "password": PASSWORD}).status_code == 302
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE).latest("id")
    assert entry.target == f"Benutzerkonto {caseworker.username}" and entry.detail["unlocked"]


def test_a_generated_password_replaces_the_old_one(client, users):
    caseworker = users["caseworker"]
    login(client, users["admin"])
    response = client.post(reverse("accounts:user_password", args=[caseworker.pk]),
                           {"password": "", "version": caseworker.version})
    password = re.search(r'<code class="initial-password">([^<]+)</code>',
                         response.content.decode()).group(1)
    caseworker.refresh_from_db()
    assert caseworker.check_password(password) and not caseworker.check_password(PASSWORD)
    entry = AuditEntry.objects.filter(action=AuditAction.CHANGE).latest("id")
    assert entry.detail["password"] == "neu gesetzt" and password not in str(entry.detail)


def test_a_weak_password_is_refused(client, users):
    caseworker = users["caseworker"]
    login(client, users["admin"])
    response = client.post(reverse("accounts:user_password", args=[caseworker.pk]),
                           {"password": "passwort", "version": caseworker.version})
    assert response.status_code == 400
    caseworker.refresh_from_db()
    assert caseworker.check_password(PASSWORD)
