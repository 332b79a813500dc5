"""The analysis figures on a small hand-built history; the right answers are written here."""

from datetime import date

import pytest

from tests.review.practice_helpers import decide, new_person
from wegweiser.review.practice import Selection, figures

WHOLE_2025 = Selection(start=date(2025, 1, 1), end=date(2025, 12, 31), grain="quarter")


@pytest.fixture
def history(authority):
    """Ten decisions on two norms; days from application to decision in brackets.

    § 25b Q1: granted (30, soll), granted (60, may, in favour), partly (90, may, in favour),
              refused (120, may, against; identity + livelihood)
    § 25b Q2: refused (150, not_met; livelihood), Duldung instead (10, unknown, not exercised),
              withdrawn (5, in favour - must count nowhere but "withdrawn"),
              granted (200, not_met)
    § 25 Abs. 5 Q2: refused (40, may, not exercised; identity + language), granted (400, blocked)
    """
    def d(day, outcome, days, **kwargs):
        return decide(new_person(authority), day, outcome, days=days, **kwargs)

    q1, q2 = date(2025, 2, 15), date(2025, 5, 15)
    d(q1, "granted", 30, verdict="should")
    d(q1, "granted", 60, verdict="may", discretion="in_favour")
    d(q1, "partly", 90, verdict="may", discretion="in_favour")
    d(q1, "refused", 120, verdict="may", discretion="against", reasons=["identity", "livelihood"])
    d(q2, "refused", 150, verdict="not_met", reasons=["livelihood"])
    d(q2, "duldung", 10, verdict="unknown", discretion="not_exercised")
    d(q2, "withdrawn", 5, verdict="may", discretion="in_favour")
    d(q2, "granted", 200, verdict="not_met")
    d(q2, "refused", 40, pathway_id="p25_5", verdict="may", discretion="not_exercised",
      reasons=["identity", "language"])
    d(q2, "granted", 400, pathway_id="p25_5", verdict="blocked")


def test_the_grant_rate_leaves_withdrawals_out_and_counts_partly_granted(history):
    total = figures(WHOLE_2025, 5).total
    assert total.decisions == 10
    assert total.withdrawn == 1
    assert total.granted == 5  # four granted, one partly
    assert total.grant_rate == 55.6  # 5 of 9


def test_time_to_decision_is_median_and_90th_percentile_without_withdrawals(history):
    total = figures(WHOLE_2025, 5).total
    # 10, 30, 40, 60, 90, 120, 150, 200, 400 days
    assert total.median_days == 90
    assert total.p90_days == pytest.approx(240)  # 200 + 0.2 × (400 - 200)


def test_refusals_are_counted_per_reason_code(history):
    reasons = {row.key[0]: row.decisions for row in figures(WHOLE_2025, 5).reasons}
    assert reasons == {"identity": 2, "livelihood": 2, "language": 1}


def test_the_law_allowed_it_and_the_office_refused_and_the_reverse(history):
    total = figures(WHOLE_2025, 5).total
    assert total.law_allowed_refused == 2  # refused on "may" under § 25b and § 25 Abs. 5
    assert total.law_denied_granted == 2  # granted on "not_met" and on "blocked"


def test_discretion_is_split_in_favour_against_and_not_exercised(history):
    total = figures(WHOLE_2025, 5).total
    assert (total.in_favour, total.against, total.not_exercised) == (2, 1, 2)


def test_each_norm_has_its_own_figures(history):
    norms = {row.key[0]: row for row in figures(WHOLE_2025, 5).norms}
    assert set(norms) == {"p25b", "p25_5"}
    p25b, p25_5 = norms["p25b"], norms["p25_5"]
    assert (p25b.decisions, p25b.granted, p25b.grant_rate) == (8, 4, 57.1)
    assert p25b.median_days == 90  # 10, 30, 60, 90, 120, 150, 200
    assert p25b.p90_days == pytest.approx(170)  # 150 + 0.4 × 50
    assert (p25_5.decisions, p25_5.grant_rate, p25_5.median_days) == (2, 50.0, 220)
    assert p25_5.p90_days == pytest.approx(364)  # 40 + 0.9 × 360


def test_each_quarter_has_its_own_figures(history):
    periods = {row.label: row for row in figures(WHOLE_2025, 5).periods}
    assert list(periods) == ["2025/Q1", "2025/Q2", "2025/Q3", "2025/Q4"]
    assert (periods["2025/Q1"].decisions, periods["2025/Q1"].grant_rate) == (4, 75.0)
    assert (periods["2025/Q2"].decisions, periods["2025/Q2"].grant_rate) == (6, 40.0)
    assert periods["2025/Q3"].decisions == 0 and periods["2025/Q3"].grant_rate is None


def test_the_norm_filter_keeps_one_norm(history):
    selection = Selection(start=date(2025, 1, 1), end=date(2025, 12, 31), pathway_id="p25_5")
    result = figures(selection, 5)
    assert result.total.decisions == 2
    assert {row.key[0]: row.decisions for row in result.reasons} == {"identity": 1, "language": 1}


def test_applications_count_in_the_period_they_were_received(authority):
    from wegweiser.cases.models import Application

    person = new_person(authority)
    for day, pathway in [(date(2025, 1, 5), "p25b"), (date(2025, 3, 31), "p25b"),
                         (date(2025, 2, 1), "p25_5"), (date(2025, 4, 1), "p25b"),
                         (date(2024, 12, 31), "p25b")]:
        Application.objects.create(authority=authority, person=person, received_on=day,
                                   subject="residence_permit", pathway_id=pathway, channel="post")
    result = figures(Selection(start=date(2025, 1, 1), end=date(2025, 6, 30), grain="quarter"), 5)
    assert [(row.label, row.applications) for row in result.periods] == [
        ("2025/Q1", 3), ("2025/Q2", 1)]
    assert result.total.applications == 4
    assert {row.key[0]: row.applications for row in result.norms} == {"p25b": 3, "p25_5": 1}


def test_a_year_range_lists_every_year_even_without_decisions(history):
    selection = Selection(start=date(2023, 3, 1), end=date(2025, 12, 31))
    assert [(row.label, row.decisions) for row in figures(selection, 5).periods] == [
        ("2023", 0), ("2024", 0), ("2025", 10)]
