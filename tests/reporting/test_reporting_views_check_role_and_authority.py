"""Every reporting page: a role without the action gets 403, a user of another authority 404."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.reporting.grant_helpers import new_grant, new_line, spend
from tests.reporting.report_helpers import new_report

POST_ONLY = {"reporting:report_approve", "reporting:report_new_draft", "reporting:grant_delete",
             "reporting:line_add", "reporting:expense_add", "reporting:expense_delete",
             "reporting:milestone_add"}
WITHOUT_ROWS = {"reporting:dashboard", "reporting:export", "reporting:reports",
                "reporting:report_add", "reporting:grants", "reporting:grant_add"}


@pytest.fixture
def world(authority, users):
    from wegweiser.reporting.models import Expense

    report = new_report(authority, users["controlling"])
    grant = new_grant(authority, users["controlling"])
    spend(grant, new_line(grant, users["controlling"], "Coaching", "100.00"), users["controlling"],
          "10.00")
    return {"report": report, "grant": grant, "expense": Expense.objects.get(),
            "history": report.history.first().history_id}


def urls(world):
    r, g, e, h = world["report"].pk, world["grant"].pk, world["expense"].pk, world["history"]
    return {
        "reporting:dashboard": reverse("reporting:dashboard"),
        "reporting:export": reverse("reporting:export", args=["csv"]),
        "reporting:reports": reverse("reporting:reports"),
        "reporting:report_add": reverse("reporting:report_add"),
        "reporting:report": reverse("reporting:report", args=[r]),
        "reporting:report_edit": reverse("reporting:report_edit", args=[r]),
        "reporting:report_approve": reverse("reporting:report_approve", args=[r]),
        "reporting:report_new_draft": reverse("reporting:report_new_draft", args=[r]),
        "reporting:report_history": reverse("reporting:report_history", args=[r]),
        "reporting:report_version": reverse("reporting:report_version", args=[r, h]),
        "reporting:report_pdf": reverse("reporting:report_pdf", args=[r]),
        "reporting:report_oparl": reverse("reporting:report_oparl", args=[r]),
        "reporting:grants": reverse("reporting:grants"),
        "reporting:grant_add": reverse("reporting:grant_add"),
        "reporting:grant": reverse("reporting:grant", args=[g]),
        "reporting:grant_edit": reverse("reporting:grant_edit", args=[g]),
        "reporting:grant_delete": reverse("reporting:grant_delete", args=[g]),
        "reporting:line_add": reverse("reporting:line_add", args=[g]),
        "reporting:expense_add": reverse("reporting:expense_add", args=[g]),
        "reporting:expense_delete": reverse("reporting:expense_delete", args=[g, e]),
        "reporting:milestone_add": reverse("reporting:milestone_add", args=[g]),
        "reporting:proof_pdf": reverse("reporting:proof_pdf", args=[g]),
    }


def request(client, name, url):
    return client.post(url, {"version": 1}) if name in POST_ONLY else client.get(url)


def test_every_reporting_url_is_covered_here(world):
    from tests.accounts.test_permission_matrix import protected_patterns

    names = {name for name, _action, _p in protected_patterns() if name.startswith("reporting:")}
    assert names == set(urls(world))


@pytest.mark.parametrize("role", ["caseworker", "counsellor", "dpo", "admin"])
def test_roles_without_reporting_get_403_everywhere(world, users, client, role):
    login(client, users[role])
    for name, url in urls(world).items():
        assert request(client, name, url).status_code == 403, name


def test_controlling_may_not_approve(world, users, client):
    login(client, users["controlling"])
    response = client.post(reverse("reporting:report_approve", args=[world["report"].pk]),
                           {"version": world["report"].version})
    assert response.status_code == 403


def test_another_authority_finds_nothing(world, other_authority, client):
    from wegweiser.reporting.models import CommitteeReport, Grant

    login(client, make_user(other_authority, "head", "fremde-leitung"))
    for name, url in urls(world).items():
        if name in WITHOUT_ROWS:
            continue
        assert request(client, name, url).status_code == 404, name
    assert CommitteeReport.objects.get().state == "draft"
    assert Grant.objects.exists()
    page = client.get(reverse("reporting:reports")).content.decode()
    assert world["report"].number not in page
