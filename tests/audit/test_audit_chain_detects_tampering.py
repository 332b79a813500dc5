from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.urls import reverse

from tests.conftest import login
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.audit.services import record, verify_chain


@contextmanager
def behind_the_models_back():
    """Tamper as an attacker with database access would (on PostgreSQL past the trigger)."""
    postgres = connection.vendor == "postgresql"
    if postgres:
        with connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = replica")  # triggers off
    yield
    if postgres:
        with connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = origin")


def test_viewing_a_case_file_is_audited(client, caseworker, person):
    login(client, caseworker).get(reverse("cases:detail", args=[person.pk]))
    entry = AuditEntry.objects.get(action=AuditAction.VIEW)
    assert entry.person_id == person.pk
    assert entry.username == caseworker.username
    assert entry.authority_id == person.authority_id
    assert entry.remote_addr == "127.0.0.1"


def test_an_intact_chain_verifies(caseworker, person):
    for _ in range(5):
        record(caseworker, AuditAction.VIEW, person=person)
    report = verify_chain()
    assert report.intact
    assert report.entries_checked == 5


def test_a_changed_entry_is_named_as_the_first_broken_one(caseworker, person):
    entries = [record(caseworker, AuditAction.VIEW, person=person) for _ in range(4)]
    with behind_the_models_back():
        AuditEntry.objects.filter(pk=entries[2].pk).update(username="someone-else")
    report = verify_chain()
    assert not report.intact
    assert report.first_broken_id == entries[2].pk
    assert report.entries_checked == 2


def test_a_deleted_entry_breaks_the_link_of_its_successor(caseworker, person):
    entries = [record(caseworker, AuditAction.VIEW, person=person) for _ in range(4)]
    with behind_the_models_back():
        AuditEntry.objects.filter(pk=entries[1].pk)._raw_delete(AuditEntry.objects.db)
    report = verify_chain()
    assert report.first_broken_id == entries[2].pk
    assert "Verkettung" in report.problem


def test_the_model_refuses_updates_and_deletes(caseworker, person):
    entry = record(caseworker, AuditAction.VIEW, person=person)
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()


def test_the_command_reports_a_broken_chain(caseworker, person, capsys):
    entries = [record(caseworker, AuditAction.VIEW, person=person) for _ in range(3)]
    call_command("audit_verify")
    assert "intakt: 3" in capsys.readouterr().out
    with behind_the_models_back():
        AuditEntry.objects.filter(pk=entries[0].pk).update(target="manipuliert")
    with pytest.raises(CommandError, match=f"Eintrag {entries[0].pk}"):
        call_command("audit_verify")


def test_the_dpo_page_verifies_the_chain(client, users, person):
    record(users["caseworker"], AuditAction.VIEW, person=person)
    response = login(client, users["dpo"]).post(reverse("audit:log"))
    assert "Prüfkette intakt" in response.content.decode()
