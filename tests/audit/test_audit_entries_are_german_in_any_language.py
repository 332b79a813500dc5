"""The audit log is a legal record: an action in the English UI is logged exactly as in German."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy

from tests.conftest import login
from tests.web.test_english_is_switchable import switch_to_english
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.audit.services import record


@pytest.fixture(autouse=True)
def _german_afterwards():
    yield
    translation.deactivate()


def export_target(client) -> str:
    response = client.get(reverse("cases:export", args=["csv"]))
    assert response.status_code == 200
    b"".join(response.streaming_content)
    return AuditEntry.objects.filter(action=AuditAction.EXPORT).latest("id").target


def test_an_export_in_the_english_ui_is_logged_with_the_german_text(client, caseworker, person):
    login(client, caseworker)
    german = export_target(client)
    switch_to_english(client)
    english_ui = export_target(client)
    assert german == english_ui == "Fallliste (csv)"


def test_a_lazy_target_is_stored_in_german_while_english_is_active(caseworker, person):
    with translation.override("en"):
        entry = record(caseworker, AuditAction.VIEW, person=person,
                       target=gettext_lazy("Übergreifende Ausschlussgründe"))
    assert entry.target == "Übergreifende Ausschlussgründe"


def test_the_dpo_page_shows_the_german_record_unchanged_in_the_english_ui(client, users, person):
    record(users["caseworker"], AuditAction.EXPORT, target="Fallliste (csv)")
    login(client, users["dpo"])
    switch_to_english(client)
    page = client.get(reverse("audit:log")).content.decode()
    assert '<td class="kern-table__cell" lang="de">Fallliste (csv)</td>' in page
    assert "Exported" in page  # the action is an identifier, labelled in the UI language
