"""A 2,000-household district against pathways.md 7.4 (tolerances allow for sampling noise)."""

from collections import Counter
from datetime import date

import pytest

from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.cases.models.status import DULDUNG_KINDS
from wegweiser.demo.data.district import DISTRICT
from wegweiser.demo.run import build_demo

TODAY = date(2026, 3, 1)
# Marks the tests as database tests, so that pytest-django sets up the test database even when
# this module runs alone (the module fixture below would otherwise reach the configured one).
pytestmark = pytest.mark.django_db
WESTERN_BALKANS = {"SRB", "XKX", "ALB", "MKD", "BIH"}


@pytest.fixture(scope="module")
def district(django_db_setup, django_db_blocker):
    """Built once for this module and removed afterwards (other tests see an empty database)."""
    from wegweiser.demo.reset import delete_office_data

    with django_db_blocker.unblock():
        results = build_demo(seed=42, persons=2000, today=TODAY, reset=False)
        persons = list(Person.objects.filter(authority__name=DISTRICT.name))
        current_codes = _current_codes()
        yield persons, current_codes
        delete_office_data([r.authority.pk for r in results])
        for result in results:
            result.authority.users.all().delete()
            result.authority.delete()


def _current_codes() -> Counter:
    codes = Counter()
    rows = StatusPeriod.objects.filter(start__lte=TODAY, end__gte=TODAY, kind__in=DULDUNG_KINDS)
    for code in rows.values_list("azr_reason_code", flat=True):
        codes[code] += 1
    return codes


def share(count: int, total: int) -> float:
    return 100 * count / total


def test_nationalities_match_the_nrw_mix(district):
    persons, _ = district
    counts = Counter(p.nationality for p in persons)
    total = len(persons)
    assert 8.5 <= share(counts["IRQ"], total) <= 13.5
    for code in ("AFG", "NGA", "TUR"):
        assert 4 <= share(counts[code], total) <= 8.5, code
    assert 3 <= share(counts["RUS"], total) <= 7
    assert 9 <= share(sum(counts[c] for c in WESTERN_BALKANS), total) <= 15
    assert 1.5 <= share(counts["XXA"] + counts["XXX"], total) <= 5


def test_about_eight_percent_of_the_tolerated_hold_a_60b_duldung(district):
    persons, _ = district
    tolerated = [p for p in persons if p.current_status_kind in DULDUNG_KINDS]
    assert 6 <= share(sum(p.current_status_kind == "duldung_60b" for p in tolerated),
                      len(tolerated)) <= 10.5


def test_residence_durations_have_a_heavy_tail(district):
    persons, _ = district
    years = [(TODAY - p.entry_date).days / 365.25 for p in persons]
    assert 33 <= share(sum(y >= 5 for y in years), len(years)) <= 47
    assert 18 <= share(sum(y >= 8 for y in years), len(years)) <= 32
    assert sum(y > 15 for y in years) >= 20


def test_reason_codes_follow_the_azr_mix(district):
    _, codes = district
    total = sum(codes.values())
    assert 29 <= share(codes["20"], total) <= 39
    assert 20 <= share(codes["16"], total) <= 30
    assert {"18", "22", "36", "58", "64", "28", "42"} <= set(codes)
