"""The chart series: per month of the period, per norm, per town of residence."""

from tests.reporting.district import GRANTS_PER_NORM


def test_grants_are_counted_per_month_of_the_period(district, authority, period):
    from wegweiser.reporting import series

    rows = series.grants_per_month(authority.pk, period)
    assert [n for _label, n in rows] == [1, 0, 1, 1, 0, 0]


def test_grants_are_counted_per_norm(district, authority, period):
    from wegweiser.reporting import series

    assert sorted(series.grants_per_norm(authority.pk, period)) == sorted(GRANTS_PER_NORM)


def test_long_term_tolerated_persons_are_counted_per_town(district, authority, period):
    from wegweiser.reporting import series

    assert series.long_term_tolerated_per_town(authority.pk, period) == [("Teststadt", 3)]
