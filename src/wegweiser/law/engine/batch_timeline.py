"""Polars twin of timeline.current_chain: continuous chains for many persons at once.

All counting variants of one fact table (five over status periods, four over employments) are
computed from **one** sort of the rows by (person, start), using only linear scans:

* Day numbers are Int32 (days since 1970); ``KEY`` packs person and day into one Int64
  (``pidx * KEY + day + OFF``) so a single running maximum over the whole table yields "latest
  end so far *of this person*" (a smaller packed value belongs to an earlier person).
* A row starts a new chain when it is its person's first row of the variant or starts later
  than ``add_months(latest end so far + 1, gap)`` (timeline.py step 2).
* Only the *last* chain matters.  Earlier chains end before it starts, so: chain end = latest
  end of all rows; chain start = start of the last chain-starting row; counted days = union of
  COUNT rows at or after that row (running maximum of COUNT ends, overlaps once).
* Per-person results are read from each person's last row: packed running maxima (latest end,
  latest chain start, latest COUNT end) and the running sum of counted days minus its value
  before the last chain start - no group-by, no join, no Python per row.

Each variant runs as its own lazy branch over the shared sorted frame (Polars caches it), so
only one variant's helper columns are alive per thread; branches return the same persons in
the same order and are concatenated horizontally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import polars as pl

from wegweiser.law.engine.dates import pl_add_months_days, pl_earliest_start_reaching, to_days

OFF = 1 << 21  # moves day numbers (negative before 1970) into 0 .. KEY-1
KEY = 1 << 22  # pidx * KEY + day + OFF fits into Int64 for any realistic pidx


@dataclass(frozen=True)
class Variant:
    """One way of counting: which rows count (klass 0), pause (1) or are ignored (null)."""

    name: str
    klass: pl.Expr
    as_of: date
    gap_months: int


def sorted_rows(rows: pl.LazyFrame, variants: Sequence[Variant]) -> pl.LazyFrame:
    """``pidx``, ``base`` (pidx * KEY), ``s``/``e`` (Int32 days, ``e`` null = open), ``k<i>``
    per variant and ``reach<gap>`` per gap, sorted by (pidx, s) once for all variants.  Ties
    need no order: which of two rows with the same start comes first changes neither chain
    breaks nor the union of days.

    ``reach<gap>`` decides chain breaks without calendar arithmetic per variant: the row starts
    after ``add_months(prev_end + 1, gap)`` exactly when the packed latest end before it is
    below ``base + OFF + earliest_start_reaching(s, gap) - 1`` (see dates.py)."""
    s = pl.col("start").cast(pl.Int32)
    base = pl.col("pidx") * KEY
    # Rows no variant looks at (unknown kinds, starts after every as-of date) change nothing.
    relevant = (pl.any_horizontal(v.klass.is_not_null() & (pl.col("start") <= v.as_of)
                                  for v in variants))
    return (
        rows.filter(relevant)
        .select(
            "pidx", base=base, s=s, e=pl.col("end").cast(pl.Int32),
            **{f"k{i}": v.klass.cast(pl.Int8) for i, v in enumerate(variants)},
            **{f"reach{gap}": base + OFF - 1 + pl_earliest_start_reaching(s, gap)
               for gap in {v.gap_months for v in variants}},
        )
        .sort(pl.col("base") + pl.col("s"))
    )


def chain_frame(rows: pl.LazyFrame, variants: Sequence[Variant]) -> pl.LazyFrame:
    """Per ``pidx`` with rows: ``{name}_alive/_start/_paused/_running`` for every variant."""
    ordered = sorted_rows(rows, variants)
    branches = [_variant(ordered, i, v) for i, v in enumerate(variants)]
    pidx = ordered.filter(_last_of_person()).select("pidx")
    return pl.concat([pidx, *branches], how="horizontal")


def _last_of_person() -> pl.Expr:
    return (pl.col("pidx") != pl.col("pidx").shift(-1)).fill_null(True)


def _packed(when: pl.Expr, day: pl.Expr) -> pl.Expr:
    """Running maximum of ``base + day`` over the rows where `when` holds (-1 elsewhere, below
    every packed value): at each row the latest such day of this person if >= base."""
    return pl.when(when).then(pl.col("base") + day + OFF).otherwise(-1).cum_max()


def _unpacked(packed: pl.Expr) -> pl.Expr:
    """The day of a packed running maximum, null if it belongs to an earlier person."""
    base = pl.col("base")
    return pl.when(packed >= base).then(packed - base - OFF)


def _add_months(days: pl.Expr, months: int) -> pl.Expr:
    return days if months == 0 else pl_add_months_days(days, months)


def _variant(ordered: pl.LazyFrame, i: int, v: Variant) -> pl.LazyFrame:
    a = to_days(v.as_of)
    s, klass = pl.col("s"), pl.col(f"k{i}")
    # Step 1: clip to the as-of date; "inc" = row takes part in this variant, "cnt" = counts.
    e = pl.min_horizontal(pl.col("e").fill_null(a), pl.lit(a, pl.Int32))
    taking_part = klass.is_not_null() & (s <= a) & (e >= s)
    clipped = ordered.select("pidx", "base", "s", f"reach{v.gap_months}", e=e, inc=taking_part,
                             cnt=taking_part & (klass == 0))
    e, inc, cnt = pl.col("e"), pl.col("inc"), pl.col("cnt")
    # Step 2: latest end so far (all rows / COUNT rows); each COUNT row adds its days after
    # the latest COUNT end before it (union of COUNT days, overlaps once).  In packed form an
    # earlier person's end is below base + s, so no extra test is needed.
    prev_count = pl.col("count_latest").shift(1).fill_null(-1)
    contrib = pl.min_horizontal(e - s + 1, pl.col("base") + e + OFF - prev_count)
    scanned = clipped.with_columns(latest=_packed(inc, e), count_latest=_packed(cnt, e)) \
        .with_columns(contrib=pl.when(cnt).then(contrib.clip(lower_bound=0)).otherwise(0))
    # Step 3: chain breaks - a person's first row, or a harmful gap since the latest end.
    breaks = inc & (pl.col("latest").shift(1).fill_null(-1) < pl.col(f"reach{v.gap_months}"))
    # Step 4: the last break wins; the running sum becomes a per-person sum in step 5.
    counted = pl.col("contrib").cum_sum()
    brk = pl.col("brk")
    summed = scanned.with_columns(brk=breaks).select(
        "pidx", "base", "latest", "count_latest",
        chain_start=_packed(brk, s),
        counted=counted,
        counted_before=pl.when(brk).then(counted - pl.col("contrib")).otherwise(-1).cum_max())
    # Step 5: each person's last row.  The clock runs if the latest COUNT end is the as-of day
    # (ends are clipped to it).
    last = summed.filter(_last_of_person())
    chain_end, chain_start = _unpacked(pl.col("latest")), _unpacked(pl.col("chain_start"))
    alive = (pl.lit(a) < _add_months(chain_end + 1, v.gap_months)).fill_null(False)
    days_counted = pl.col("counted") - pl.col("counted_before")
    running = (_unpacked(pl.col("count_latest")) == a).fill_null(False)
    n = v.name
    return last.select(
        alive.alias(f"{n}_alive"),
        pl.when(alive).then(chain_start).cast(pl.Int32).cast(pl.Date).alias(f"{n}_start"),
        pl.when(alive).then(a - chain_start + 1 - days_counted).cast(pl.Int64)
        .alias(f"{n}_paused"),
        (alive & running).alias(f"{n}_running"),
    )


def attach_chain(
    persons: pl.LazyFrame, chains: pl.LazyFrame, names: Sequence[str], known: str
) -> pl.LazyFrame:
    """Join chain columns; persons without rows get "no chain", unknown collections null."""
    joined = persons.join(chains, on="pidx", how="left", maintain_order="left")
    k = pl.col(known)
    return joined.with_columns(
        expr
        for name in names
        for expr in (
            pl.when(k).then(pl.col(f"{name}_alive").fill_null(False)).alias(f"{name}_alive"),
            pl.when(k).then(pl.col(f"{name}_start")).alias(f"{name}_start"),
            pl.when(k).then(pl.col(f"{name}_paused")).alias(f"{name}_paused"),
            pl.when(k).then(pl.col(f"{name}_running").fill_null(False))
            .alias(f"{name}_running"),
        )
    )
