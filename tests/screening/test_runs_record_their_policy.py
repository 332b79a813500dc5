"""A run stores the settings it evaluated with, and the worklist shows them."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly, run_screening
from tests.screening.policy_helpers import post_settings
from wegweiser.law.statute.parameters import DEFAULT_POLICY
from wegweiser.screening.policy import from_snapshot, policy_for, snapshot


@pytest.mark.django_db
def test_a_run_without_settings_records_the_defaults(authority, sparse):
    run = run_directly(authority, AS_OF)
    assert run.policy == snapshot(DEFAULT_POLICY)
    assert run.policy["p60d_new_version_from"] == "2024-03-01"


@pytest.mark.django_db
def test_a_run_records_the_authoritys_settings_and_reads_back_the_same_policy(
        client, users, authority, sparse, django_capture_on_commit_callbacks):
    post_settings(client, users["head"], gap_tolerance_months="6", mixed_fines_rule="combined",
                  livelihood_mostly_share="0,6")
    run = run_screening(client, users["caseworker"], django_capture_on_commit_callbacks)
    assert run.status == "done", run.message
    assert run.policy["gap_tolerance_months"] == 6
    assert run.policy["mixed_fines_rule"] == "combined"
    assert run.policy["livelihood_mostly_share"] == 0.6
    assert from_snapshot(run.policy) == policy_for(authority)


@pytest.mark.django_db
def test_the_worklist_shows_the_runs_settings_and_says_when_they_changed_since(
        client, users, authority, sparse):
    post_settings(client, users["head"], gap_tolerance_months="6")
    run_directly(authority, AS_OF)
    page = login(client, users["caseworker"]).get(reverse("screening:worklist")).content.decode()
    assert "Einstellungen der Prüfung in diesem Lauf" in page
    assert "<strong>6 Monate</strong>" in page
    assert "seitdem geändert" not in page
    post_settings(client, users["head"], version=1, gap_tolerance_months="4")
    page = login(client, users["caseworker"]).get(reverse("screening:worklist")).content.decode()
    assert "seitdem geändert" in page and "<strong>6 Monate</strong>" in page
