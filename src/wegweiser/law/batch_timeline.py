"""Polars twin of timeline.current_chain: continuous chains for many persons at once.

Set-based: one sort by (person, start), cumulative maxima over an encoded key instead of a
Python loop per person, and a single group-by.  Rows carry ``pidx`` (int person index),
``start``/``end`` (Date, end may be null = open) and ``klass`` (0 COUNT, 1 PAUSE).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from wegweiser.law.dates import pl_add_months_lookup as pl_add_months

KEY = 1 << 22  # > any day number we use; pidx * KEY + day fits easily into Int64


def _days(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.Int32).cast(pl.Int64)


def chain_frame(rows: pl.LazyFrame, as_of: date, gap_months: int, name: str) -> pl.LazyFrame:
    """Per ``pidx`` with a chain: ``{name}_alive/_start/_paused/_running`` (see timeline.py)."""
    as_of_lit = pl.lit(as_of, dtype=pl.Date)
    clipped = (
        rows.filter(pl.col("start") <= as_of_lit)
        .with_columns(end=pl.min_horizontal(pl.col("end").fill_null(as_of_lit), as_of_lit))
        .filter(pl.col("end") >= pl.col("start"))
        .sort("pidx", "start", "klass", "end")
    )
    base = pl.col("pidx") * KEY
    prev_max = (base + _days(pl.col("end"))).cum_max().shift(1)
    same = pl.col("pidx").shift(1) == pl.col("pidx")
    prev_end = pl.when(same).then(prev_max - base).otherwise(None)
    prev_end_date = prev_end.cast(pl.Int32).cast(pl.Date)
    limit = pl_add_months(prev_end_date + pl.duration(days=1), gap_months)
    new_chain = (~same.fill_null(False)) | (pl.col("start") > limit)
    chained = clipped.with_columns(chain=new_chain.cast(pl.Int64).cum_sum())
    # Counted days: union of COUNT intervals inside each chain (overlaps once).
    chain_base = pl.col("chain") * KEY
    count_key = pl.when(pl.col("klass") == 0).then(chain_base + _days(pl.col("end")))
    prev_count = count_key.cum_max().forward_fill().shift(1)
    prev_count_end = pl.when(prev_count >= chain_base).then(prev_count - chain_base)
    first = pl.max_horizontal(_days(pl.col("start")), prev_count_end + 1)
    contribution = pl.when(pl.col("klass") == 0).then(
        (_days(pl.col("end")) - first + 1).clip(lower_bound=0)).otherwise(0)
    with_contrib = chained.with_columns(
        contrib=contribution, count_end=pl.when(pl.col("klass") == 0).then(pl.col("end")))
    # Chain ids are unique across persons: aggregate per chain, then keep each person's last.
    per_chain = with_contrib.group_by("chain").agg(
        pl.col("pidx").first(),
        chain_start=pl.col("start").min(),
        chain_end=pl.col("end").max(),
        counted=pl.col("contrib").sum(),
        count_end=pl.col("count_end").max(),
    )
    grouped = per_chain.sort("chain").unique(subset="pidx", keep="last")
    alive = as_of_lit < pl_add_months(pl.col("chain_end") + pl.duration(days=1), gap_months)
    paused = (as_of_lit - pl.col("chain_start")).dt.total_days() + 1 - pl.col("counted")
    return grouped.select(
        "pidx",
        alive.alias(f"{name}_alive"),
        pl.when(alive).then(pl.col("chain_start")).alias(f"{name}_start"),
        pl.when(alive).then(paused).cast(pl.Int64).alias(f"{name}_paused"),
        (alive & (pl.col("count_end") == as_of_lit)).fill_null(False).alias(f"{name}_running"),
    )


def attach_chain(
    persons: pl.LazyFrame, chains: pl.LazyFrame, name: str, known: str
) -> pl.LazyFrame:
    """Join chain columns; persons without rows get "no chain", unknown collections null."""
    joined = persons.join(chains, on="pidx", how="left")
    k = pl.col(known)
    return joined.with_columns(
        pl.when(k).then(pl.col(f"{name}_alive").fill_null(False)).alias(f"{name}_alive"),
        pl.when(k).then(pl.col(f"{name}_start")).alias(f"{name}_start"),
        pl.when(k).then(pl.col(f"{name}_paused")).alias(f"{name}_paused"),
        pl.when(k).then(pl.col(f"{name}_running").fill_null(False)).alias(f"{name}_running"),
    )
