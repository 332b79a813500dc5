"""§§ 187, 188 BGB: when a period of months/years is complete."""

from datetime import date

import polars as pl
import pytest

from wegweiser.law.engine.dates import add_months, pl_add_months

CASES = [
    ("18 months from 15.03.2020 are complete on 15.09.2021", date(2020, 3, 15), 18,
     date(2021, 9, 15)),
    ("one month from 31.01.2021: no 31 February, complete on 01.03.2021 (§ 188 Abs. 3)",
     date(2021, 1, 31), 1, date(2021, 3, 1)),
    ("one month from 31.01.2024 (leap year) complete on 01.03.2024", date(2024, 1, 31), 1,
     date(2024, 3, 1)),
    ("18 years from a 29.02.2008 birthday complete on 01.03.2026", date(2008, 2, 29), 216,
     date(2026, 3, 1)),
    ("4 years from 29.02.2020 complete on 29.02.2024 (leap year again)", date(2020, 2, 29),
     48, date(2024, 2, 29)),
    ("6 years from 31.12.2016 complete on 31.12.2022 (law switch day)", date(2016, 12, 31),
     72, date(2022, 12, 31)),
]


@pytest.mark.parametrize(("start", "months", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_period_end_follows_bgb(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(("start", "months", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_polars_period_end_is_the_same(start, months, expected):
    frame = pl.DataFrame({"d": [start]}).select(pl_add_months(pl.col("d"), months))
    assert frame.item() == expected
