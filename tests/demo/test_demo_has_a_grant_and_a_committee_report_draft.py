from decimal import Decimal

from tests.demo.conftest import DISTRICT_DAY
from wegweiser.reporting import grants
from wegweiser.reporting.models import Consultation, Expense, ReportState
from wegweiser.training.models import TrainingEvent


def test_the_grant_is_komm_in_with_38000_euros_and_training_events_as_linked_expenses(district):
    grant = district[1].grant
    assert "KOMM-IN" in grant.programme and grant.amount == Decimal("38000.00")
    sums = grants.line_sums(grant)
    assert sum(s.line.planned for s in sums) == grant.amount
    events = TrainingEvent.unscoped.filter(authority=grant.authority, cost__gt=0,
                                           held_on__lte=DISTRICT_DAY)
    linked = Expense.unscoped.filter(grant=grant, training_event__isnull=False)
    assert set(linked.values_list("training_event", flat=True)) == set(
        events.values_list("pk", flat=True))
    assert all(e.amount == e.training_event.cost for e in linked.select_related(
        "training_event"))


def test_the_committee_report_is_a_draft_for_the_last_half_year(district):
    report = district[1].report
    assert report.state == ReportState.DRAFT
    assert report.period_start.day == 1 and report.period_end < report.date
    assert (report.period_end - report.period_start).days in range(180, 185)
    assert Consultation.unscoped.filter(report=report).count() == 2
