"""Consistency alerts: a refusal beside a similar grant within 24 months (decision 0007)."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import SIMILAR, decide, new_person
from wegweiser.review.consistency import alerts, with_counterparts
from wegweiser.review.practice_hooks import reason_label

REFUSED_ON = date(2025, 3, 1)


def flagged(start=date(2025, 1, 1), end=date(2025, 12, 31)):
    return {row["pk"] for row in alerts(start, end)}


@pytest.fixture
def pair(authority):
    """A refusal and, 9 months earlier, a grant of the same kind of case."""
    refused = decide(new_person(authority), REFUSED_ON, "refused", verdict="may",
                     similarity=SIMILAR, reasons=["identity"])
    granted = decide(new_person(authority), date(2024, 6, 1), "granted", verdict="may",
                     similarity=SIMILAR)
    return refused, granted


def test_a_similar_grant_flags_the_refusal_and_stands_beside_it(pair):
    refused, granted = pair
    assert flagged() == {refused.pk}
    [alert] = with_counterparts(list(alerts(date(2025, 1, 1), date(2025, 12, 31))))
    assert (alert.refused.pk, alert.granted.pk) == (refused.pk, granted.pk)


def test_a_grant_after_the_refusal_counts_too(authority):
    refused = decide(new_person(authority), REFUSED_ON, "refused", verdict="should",
                     similarity=SIMILAR)
    decide(new_person(authority), date(2026, 12, 1), "partly", verdict="should", similarity=SIMILAR)
    assert flagged() == {refused.pk}


@pytest.mark.parametrize("difference", [
    {"similarity": {**SIMILAR, "livelihood": "yes"}},
    {"similarity": {**SIMILAR, "toleration_years": "7"}},
    {"similarity": {**SIMILAR, "language": "B1"}},
    {"similarity": {**SIMILAR, "identity": "unknown"}},
    {"verdict": "should"},
    {"pathway_id": "p25a"},
])
def test_a_grant_that_differs_in_one_feature_is_not_similar(authority, difference):
    decide(new_person(authority), REFUSED_ON, "refused", verdict="may", similarity=SIMILAR)
    grant = {"verdict": "may", "similarity": SIMILAR, **difference}
    decide(new_person(authority), date(2024, 6, 1), "granted", **grant)
    assert flagged() == set()


def test_a_grant_more_than_24_months_apart_is_not_compared(authority):
    decide(new_person(authority), REFUSED_ON, "refused", verdict="may", similarity=SIMILAR)
    decide(new_person(authority), date(2023, 2, 27), "granted", verdict="may", similarity=SIMILAR)
    decide(new_person(authority), date(2027, 3, 3), "granted", verdict="may", similarity=SIMILAR)
    assert flagged() == set()


def test_two_refusals_are_no_alert(authority):
    decide(new_person(authority), REFUSED_ON, "refused", verdict="may", similarity=SIMILAR)
    decide(new_person(authority), date(2024, 6, 1), "refused", verdict="may", similarity=SIMILAR)
    assert flagged() == set()


def test_decisions_without_a_frozen_similarity_are_not_compared(authority):
    decide(new_person(authority), REFUSED_ON, "refused", verdict="may")
    decide(new_person(authority), date(2024, 6, 1), "granted", verdict="may")
    assert flagged() == set()


def test_only_refusals_inside_the_period_are_listed(pair):
    assert flagged(start=date(2025, 4, 1)) == set()


def test_the_head_sees_both_cases_side_by_side_with_file_numbers(client, users, pair):
    refused, granted = pair
    login(client, users["head"])
    page = client.get(reverse("review:practice_alerts"), {"start": "2025-01-01"}).content.decode()
    assert refused.person.file_number in page and granted.person.file_number in page
    # The head works cases, so the names are shown as well.
    assert refused.person.family_name in page
    assert reason_label("identity") in page  # its label, or the code while none is known


@pytest.mark.parametrize("days, expected", [(-730, True), (-731, False), (730, True), (731, False)])
def test_24_months_are_730_days_either_side(authority, days, expected):
    from datetime import timedelta

    refused = decide(new_person(authority), REFUSED_ON, "refused", verdict="may",
                     similarity=SIMILAR)
    decide(new_person(authority), REFUSED_ON + timedelta(days=days), "granted", verdict="may",
           similarity=SIMILAR)
    assert flagged() == ({refused.pk} if expected else set())
