"""The administration creates accounts of its own authority with a role and an initial password:
entered (it must pass the validators) or generated and shown exactly once."""

import re

from django.urls import reverse

from tests.conftest import login
from wegweiser.accounts.models import User
from wegweiser.audit.models import AuditAction, AuditEntry

NEW = {"username": "neu.sb", "first_name": "Nora", "last_name": "Neu", "email": "",
       "role": "caseworker", "is_active": "on"}


def test_an_entered_password_must_pass_the_validators(client, users):
    login(client, users["admin"])
    response = client.post(reverse("accounts:user_create"), {**NEW, "password": "12345678"})
    assert response.status_code == 400
    assert not User.objects.filter(username="neu.sb").exists()
    response = client.post(reverse("accounts:user_create"), {**NEW, "password": "Lange-Sichere-Phrase-7"})
    assert response.status_code == 302
    created = User.objects.get(username="neu.sb")
    assert created.authority_id == users["admin"].authority_id and created.role == "caseworker"
    assert created.check_password("Lange-Sichere-Phrase-7")


def test_a_generated_password_is_shown_once_and_works(client, users):
    login(client, users["admin"])
    response = client.post(reverse("accounts:user_create"), {**NEW, "role": "dpo", "password": ""})
    body = response.content.decode()
    password = re.search(r'<code class="initial-password">([^<]+)</code>', body).group(1)
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert User.objects.get(username="neu.sb").check_password(password)
    # Not kept anywhere: the next page does not show it again.
    assert password not in client.get(reverse("accounts:user_list")).content.decode()


def test_creating_is_audited_without_the_password(client, users):
    login(client, users["admin"])
    client.post(reverse("accounts:user_create"), {**NEW, "password": "Lange-Sichere-Phrase-7"})
    entry = AuditEntry.objects.filter(action=AuditAction.CREATE).latest("id")
    assert entry.target == "Benutzerkonto neu.sb" and entry.username == users["admin"].username
    assert "Phrase" not in str(entry.detail)


def test_a_taken_username_is_refused_even_from_another_authority(client, users, stranger):
    login(client, users["admin"])
    response = client.post(reverse("accounts:user_create"), {**NEW, "username": "Stranger"})
    assert response.status_code == 400
    assert "bereits vergeben" in response.content.decode()
