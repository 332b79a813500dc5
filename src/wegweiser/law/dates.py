"""Date arithmetic for legal periods (§§ 187, 188 BGB), once for Python and once for Polars.

Convention (written down once, used everywhere):

* A period that begins with a day counted in full (a status granted "from" a day, a birth day,
  § 187 Abs. 2 BGB) of N months ends with the day *before* the day whose number corresponds to
  the start day, N months later (§ 188 Abs. 2 BGB).  The threshold is therefore *reached on*
  the corresponding day: start 15.03.2020 + 18 months -> reached on 15.09.2021.
* If the corresponding day does not exist in that month (31st, 29 February), the period ends
  with the last day of the month (§ 188 Abs. 3 BGB), so the threshold is reached on the first
  day of the following month: 29.02.2008 + 18 years -> reached on 01.03.2026.

`add_months` returns that "reached on" day.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

import polars as pl

EPOCH = date(1970, 1, 1)


def add_months(start: date, months: int) -> date:
    """Day on which a period of `months` months starting on `start` is complete (BGB)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    if start.day > last_day:  # § 188 Abs. 3 BGB: no corresponding day in that month
        return date(year, month, last_day) + timedelta(days=1)
    return date(year, month, start.day)


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


def to_days(value: date) -> int:
    return (value - EPOCH).days


def from_days(days: int) -> date:
    return EPOCH + timedelta(days=days)


TABLE_FIRST, TABLE_LAST = date(1900, 1, 1), date(2150, 12, 31)


@lru_cache(maxsize=64)
def _month_table(months: int) -> pl.Series:
    """add_months for every day 1900-2150 as day numbers: a lookup beats offset_by 50-fold."""
    first, count = to_days(TABLE_FIRST), (TABLE_LAST - TABLE_FIRST).days + 1
    return pl.Series([to_days(add_months(from_days(first + i), months)) for i in range(count)],
                     dtype=pl.Int32)


def pl_add_months(start: pl.Expr, months: int) -> pl.Expr:
    """Polars twin of `add_months`: offset_by clamps to the month end, we move one day further."""
    shifted = start.dt.offset_by(f"{months}mo")
    clamped = shifted.dt.day() != start.dt.day()
    return pl.when(clamped).then(shifted + pl.duration(days=1)).otherwise(shifted)


def pl_add_months_lookup(start: pl.Expr, months: int) -> pl.Expr:
    """`add_months` by table lookup, for per-row use on millions of periods (dates outside
    1900-2150 give null)."""
    table = _month_table(months)
    index = start.cast(pl.Int32) - to_days(TABLE_FIRST)
    in_range = index.is_between(0, table.len() - 1)
    return pl.lit(table).gather(pl.when(in_range).then(index)).cast(pl.Date)
