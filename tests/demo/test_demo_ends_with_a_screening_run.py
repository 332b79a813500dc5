"""The demo ends with a completed screening run per office, so that the worklist shows
results on the first login; the district also has last month's run, from which the committee
report for the last half-year takes its figures; a reset replaces the runs instead of adding."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from wegweiser.accounts.models import User
from wegweiser.cases.models import Person
from wegweiser.screening.models import RunStatus, ScreeningResult, ScreeningRun

TODAY = date(2026, 3, 1)
MONTH_END = date(2026, 2, 28)


def demo(**options) -> str:
    out = io.StringIO()
    call_command("demo", seed=5, persons=150, today=TODAY, stdout=out, stderr=io.StringIO(),
                 **options)
    return out.getvalue()


@pytest.mark.django_db
def test_every_office_has_a_completed_run_of_all_its_persons():
    summary = demo()
    runs = ScreeningRun.unscoped.filter(as_of=TODAY)
    assert runs.count() == 2
    for run in runs:
        assert (run.status, run.as_of) == (RunStatus.DONE, TODAY)
        assert run.persons_total == Person.unscoped.filter(authority=run.authority).count()
        assert ScreeningResult.unscoped.filter(run=run).exists()
    assert summary.count("Bleiberechtsprüfung (Stichtag 01.03.2026)") == 2


@pytest.mark.django_db
def test_the_runs_are_in_the_audit_log_as_started_by_the_system():
    from wegweiser.audit.models import AuditEntry

    demo()
    for run in ScreeningRun.unscoped.all():
        entry = AuditEntry.objects.get(target=f"Prüflauf {run.pk}")
        assert (entry.username, entry.authority_id, entry.action) == (
            "system", run.authority_id, "create")


@pytest.mark.django_db
def test_the_worklist_shows_results_on_the_first_login(client):
    demo()
    client.force_login(User.objects.get(username="sachbearbeitung1"))
    body = client.get(reverse("screening:worklist")).content.decode()
    assert "Noch keine Prüfung durchgeführt." not in body
    assert "Keine Einträge in dieser Gruppe." not in body


@pytest.mark.django_db
def test_the_district_also_has_last_months_run_for_the_committee_report():
    from wegweiser.reporting.kpis.integration import screened
    from wegweiser.reporting.kpis.registry import Period
    from wegweiser.reporting.models import CommitteeReport

    demo()
    month_end = ScreeningRun.unscoped.get(as_of=MONTH_END)
    assert month_end.status == RunStatus.DONE
    report = CommitteeReport.unscoped.get(authority=month_end.authority)
    assert report.period_end == MONTH_END
    assert screened(month_end.authority_id, Period(report.period_start, report.period_end)) \
        == month_end.persons_total > 0


@pytest.mark.django_db
def test_a_reset_replaces_the_runs():
    demo()
    demo(reset=True)
    assert ScreeningRun.unscoped.count() == 3
