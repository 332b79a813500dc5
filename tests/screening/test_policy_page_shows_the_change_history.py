"""The settings page lists who changed which setting when, newest first, with old and new value."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import login, make_user
from tests.screening.policy_helpers import post_settings
from wegweiser.screening.policy_history import changes_of


def history_of(page: str) -> str:
    """The section „Änderungsverlauf“ as plain text."""
    section = page.split('aria-labelledby="policy-history">', 1)[1].split("</section>", 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", section).split())


def policy_page(client, user) -> str:
    return login(client, user).get(reverse("screening:policy")).content.decode()


@pytest.mark.django_db
def test_two_edits_show_up_newest_first_with_old_and_new_values_and_the_editor(client, users):
    post_settings(client, users["head"], gap_tolerance_months="6")
    post_settings(client, users["admin"], version=1, gap_tolerance_months="6",
                  p104c_pending_applications_grantable="True", geas_applicable_from="2026-07-01")
    history = history_of(policy_page(client, users["caseworker"]))
    newest = ("Test Admin Offene Anträge nach § 104c a.F. noch erteilbar: nein → ja "
              "GEAS-Reform anwendbar ab: 12.06.2026 → 01.07.2026")
    oldest = "Test Head Unschädliche Unterbrechung des Aufenthalts (Monate): 3 Monate → 6 Monate"
    assert newest in history and oldest in history
    assert history.index(newest) < history.index(oldest)
    assert "Beschäftigung" not in history  # unchanged settings are not listed


@pytest.mark.django_db
def test_without_changes_the_page_says_the_defaults_apply(client, users):
    history = history_of(policy_page(client, users["caseworker"]))
    assert history == "Änderungsverlauf Noch keine Änderungen – es gelten die Standardwerte."


@pytest.mark.django_db
def test_another_authoritys_changes_never_appear(client, users, other_authority):
    their_head = make_user(other_authority, "head", "fremde-leitung")
    post_settings(client, their_head, gap_tolerance_months="11", mixed_fines_rule="combined")
    post_settings(client, users["head"], employment_gap_tolerance_months="2")
    history = history_of(policy_page(client, users["caseworker"]))
    assert "0 Monate → 2 Monate" in history
    assert "11 Monate" not in history and "fremde" not in history.lower()
    assert "Test Head" in history and history.count("→") == 1
    theirs = history_of(policy_page(client, make_user(other_authority, "caseworker", "fremd")))
    assert "3 Monate → 11 Monate" in theirs and "0 Monate → 2 Monate" not in theirs


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_number_of_changes(client, users):
    def queries_for_the_page():
        login(client, users["caseworker"])
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("screening:policy")).status_code == 200
        return len(queries)

    for version, months in enumerate(("4", "5"), start=0):
        post_settings(client, users["head"], version=version, gap_tolerance_months=months)
    with_two = queries_for_the_page()
    for version, months in enumerate(("6", "7", "8", "9", "10", "11"), start=2):
        post_settings(client, users["admin"], version=version, gap_tolerance_months=months)
    assert history_of(policy_page(client, users["caseworker"])).count("→") == 8
    assert queries_for_the_page() == with_two


@pytest.mark.django_db
def test_only_the_last_changes_are_listed_each_against_its_predecessor(client, users, authority):
    for version, months in enumerate(("4", "5", "6")):
        post_settings(client, users["head"], version=version, gap_tolerance_months=months)
    listed = changes_of(authority.pk, limit=2)
    assert [(c["old"], c["new"]) for entry in listed for c in entry["changes"]] == [
        ("5 Monate", "6 Monate"), ("4 Monate", "5 Monate")]
    assert [entry["who"] for entry in listed] == [users["head"], users["head"]]
