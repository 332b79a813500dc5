"""Missing facts are unknown (None), not "no": the demo must show that distinction."""

import pytest

from wegweiser.cases.models import Conviction, Person


@pytest.mark.django_db
def test_some_identities_are_unknown_others_clarified_or_not(demo):
    values = set(Person.objects.values_list("identity_clarified", flat=True).distinct())
    assert values == {True, False, None}


@pytest.mark.django_db
def test_criminal_records_are_checked_for_most_but_not_all(demo):
    persons = Person.objects.count()
    checked = Person.objects.filter(criminal_record_known=True).count()
    assert 0.6 * persons < checked < persons


@pytest.mark.django_db
def test_convictions_are_mostly_small_fines(demo):
    convictions = list(Conviction.objects.all())
    assert convictions
    small = [c for c in convictions if c.daily_rates is not None and c.daily_rates <= 90]
    prison = [c for c in convictions if c.months is not None]
    assert len(small) > 0.6 * len(convictions)
    assert len(prison) < 0.15 * len(convictions)
