"""The median and 90th percentile taken from how often each number of days occurs equal
Polars' quantile with linear interpolation over the days themselves, to the last bit."""

import random

import polars as pl

from wegweiser.review.practice_sql import quantiles_from_counts

SHARES = {"median_days": 0.5, "p90_days": 0.9, "q": 0.33}


def test_counted_quantiles_equal_the_quantiles_of_the_values():
    rng = random.Random(8)
    days = pl.DataFrame({"group": [rng.randint(1, 40) for _ in range(4000)],
                         "days": [rng.choice([None, *range(-3, 900)]) for _ in range(4000)]})
    counts = days.group_by("group", "days").len()
    expected = {row.pop("group"): row for row in days.group_by("group").agg(
        pl.col("days").quantile(share, interpolation="linear").alias(name)
        for name, share in SHARES.items()).iter_rows(named=True)}
    found = quantiles_from_counts(counts, ["group"], "days", "len", SHARES)
    assert {key[0]: value for key, value in found.items()} == expected
    overall = days.select(pl.col("days").quantile(share, interpolation="linear").alias(name)
                          for name, share in SHARES.items()).row(0, named=True)
    assert quantiles_from_counts(counts, [], "days", "len", SHARES) == {(): overall}
