from decimal import Decimal

from wegweiser.reporting import grants
from wegweiser.reporting.models import Consultation, Expense, ReportState
from wegweiser.training.models import TrainingEvent


def test_the_grant_is_komm_in_with_38000_euros_and_training_events_as_expenses(district):
    grant = district[1].grant
    assert "KOMM-IN" in grant.programme and grant.amount == Decimal("38000.00")
    sums = grants.line_sums(grant)
    assert sum(s.line.planned for s in sums) == grant.amount
    titles = set(TrainingEvent.unscoped.filter(authority=grant.authority).values_list(
        "title", flat=True))
    referenced = set(Expense.unscoped.filter(grant=grant).exclude(reference="").values_list(
        "reference", flat=True))
    assert referenced and referenced <= titles


def test_the_committee_report_is_a_draft_for_the_last_half_year(district):
    report = district[1].report
    assert report.state == ReportState.DRAFT
    assert report.period_start.day == 1 and report.period_end < report.date
    assert (report.period_end - report.period_start).days in range(180, 185)
    assert Consultation.unscoped.filter(report=report).count() == 2
