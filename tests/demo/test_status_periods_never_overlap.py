from collections import defaultdict

import pytest

from wegweiser.cases.models import StatusPeriod
from wegweiser.cases.validation import PeriodLike, period_problems

from .conftest import TODAY


@pytest.mark.django_db
def test_no_generated_period_overlaps_another_of_the_same_person(demo):
    by_person = defaultdict(list)
    for row in StatusPeriod.objects.values("pk", "person_id", "start", "end"):
        by_person[row["person_id"]].append(PeriodLike(row["start"], row["end"], row["pk"]))
    problems = [
        (person, period, period_problems(period, periods, TODAY))
        for person, periods in by_person.items()
        for period in periods
        if period_problems(period, periods, TODAY)
    ]
    assert by_person and problems == []


@pytest.mark.django_db
def test_each_period_ends_at_least_a_day_before_the_next_begins(demo):
    previous = {}
    for person, start, end in StatusPeriod.objects.order_by("person_id", "start").values_list(
        "person_id", "start", "end"
    ):
        if person in previous:
            assert previous[person] is not None and previous[person] < start
        previous[person] = end
