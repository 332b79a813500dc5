"""Bad input on every reporting form: a German message, nothing saved, no 500."""

import pytest

from tests.conftest import login
from tests.reporting.grant_helpers import new_grant, new_line
from tests.reporting.report_helpers import new_report

GOOD_REPORT = {"number": "32/1/2026", "public": "on", "department": "FB 32",
               "author_name": "P. Schulz", "date": "2026-08-20", "subject": "Bericht",
               "period_start": "2026-01-01", "period_end": "2026-06-30",
               "proposal": "Zur Kenntnis.", "financial_impact": "no", "personnel_impact": "no",
               "organisational_impact": "no",
               "consultations": "Integrationsausschuss; 10.09.2026; Kenntnisnahme"}


@pytest.mark.parametrize(("change", "message"), [
    ({"period_end": "2025-12-31"}, "endet vor seinem Beginn"),
    ({"consultations": "Ausschuss; morgen; Kenntnisnahme"}, "Zeile 1"),
    ({"consultations": ""}, "erforderlich"),
    ({"financial_impact": "yes"}, "Bitte die Auswirkungen erläutern"),
    ({"number": ""}, "erforderlich"),
    ({"date": "31.02.2026"}, "gültiges Datum"),
])
def test_a_bad_report_is_refused(authority, users, client, change, message):
    from wegweiser.reporting.models import CommitteeReport

    login(client, users["controlling"])
    response = client.post("/berichte/vorlagen/neu/", {**GOOD_REPORT, **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not CommitteeReport.objects.exists()


def test_a_good_report_is_saved(authority, users, client):
    from wegweiser.reporting.models import CommitteeReport

    login(client, users["controlling"])
    response = client.post("/berichte/vorlagen/neu/", GOOD_REPORT)
    assert response.status_code == 302
    report = CommitteeReport.objects.get()
    assert report.consultations.get().committee == "Integrationsausschuss"


def test_a_stale_report_edit_is_refused(authority, users, client):
    report = new_report(authority, users["controlling"])
    login(client, users["controlling"])
    response = client.post(f"/berichte/vorlagen/{report.pk}/bearbeiten/",
                           {**GOOD_REPORT, "subject": "Neu", "version": report.version - 1})
    assert response.status_code == 409
    report.refresh_from_db()
    assert report.subject != "Neu"


@pytest.mark.parametrize(("change", "message"), [
    ({"amount": "0"}, "größer als 0"),
    ({"amount": "viel"}, "Zahl"),
    ({"period_end": "2025-01-01"}, "endet vor seinem Beginn"),
    ({"notice_reference": ""}, "erforderlich"),
])
def test_a_bad_grant_is_refused(authority, users, client, change, message):
    from wegweiser.reporting.models import Grant

    login(client, users["controlling"])
    data = {"programme": "KOMM-IN NRW", "funding_body": "Land NRW", "notice_reference": "K-1",
            "amount": "38000", "own_share": "0", "period_start": "2026-01-01",
            "period_end": "2026-12-31", **change}
    response = client.post("/berichte/zuwendungen/neu/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Grant.objects.exists()


@pytest.mark.parametrize(("path", "data", "message"), [
    ("ausgaben", {"expense-spent_on": "2027-02-01", "expense-amount": "10",
                  "expense-receipt": "B-1", "expense-description": "x"},
     "außerhalb des Bewilligungszeitraums"),
    ("ausgaben", {"expense-spent_on": "2026-02-01", "expense-amount": "-1",
                  "expense-receipt": "B-1", "expense-description": "x"}, "größer als 0"),
    ("positionen", {"line-kind": "coaching", "line-title": "C", "line-planned": "-3"},
     "nicht negativ"),
    ("meilensteine", {"milestone-title": "M", "milestone-due_on": "kein Datum"},
     "gültiges Datum"),
])
def test_bad_rows_on_the_grant_page_are_refused(authority, users, client, path, data, message):
    from wegweiser.reporting.models import BudgetLine, Expense, Milestone

    grant = new_grant(authority, users["controlling"])
    line = new_line(grant, users["controlling"], "Coaching", "100.00", kind="coaching")
    login(client, users["controlling"])
    response = client.post(f"/berichte/zuwendungen/{grant.pk}/{path}/",
                           {"expense-line": line.pk, **data})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Expense.objects.exists() and not Milestone.objects.exists()
    assert BudgetLine.objects.count() == 1


def test_a_bad_period_on_the_dashboard_is_refused(authority, users, client):
    login(client, users["head"])
    response = client.get("/berichte/?start=2026-05-01&end=2026-01-01")
    assert response.status_code == 400
    assert "endet vor seinem Beginn" in response.content.decode()
    export = client.get("/berichte/kennzahlen.csv?start=2026-05-01&end=2026-01-01")
    assert export.status_code == 400
