"""Polars twin of convictions.conviction_features (best/worst case aggregates)."""

from __future__ import annotations

from datetime import date

import polars as pl


def conviction_aggregates(rows: pl.LazyFrame, as_of: date, foreign_max: int) -> pl.LazyFrame:
    day = pl.lit(as_of, dtype=pl.Date)
    live = rows.filter((pl.col("date") <= day)
                       & (pl.col("erasure_date").is_null() | (pl.col("erasure_date") > day))
                       & (pl.col("intentional") != False).fill_null(True))  # noqa: E712
    months = pl.col("months")
    kind = (pl.when(months.fill_null(0) > 0).then(pl.lit("custodial"))
            .when(pl.col("daily_rates").is_not_null()).then(pl.lit("fine"))
            .when(pl.col("juvenile_sanction_only") == True).then(pl.lit("juvenile"))  # noqa: E712
            .otherwise(pl.lit("unknown")))
    live = live.with_columns(kind=kind, certain=(pl.col("intentional") == True).fill_null(False))  # noqa: E712
    aggs = [*_bound("max"), *_bound("min"), *_clear_on()]
    return live.with_columns(*_row_flags(foreign_max)).group_by("pidx").agg(*aggs)


def _row_flags(foreign_max: int) -> list[pl.Expr]:
    kind, m = pl.col("kind"), pl.col("months").fill_null(0)
    youth, susp = pl.col("youth_sentence"), pl.col("suspended")
    fs = pl.col("foreigner_specific")
    small_fine = (kind == "fine") & (pl.col("daily_rates").fill_null(0) <= foreign_max)
    serious_possible = ((youth != True).fill_null(True) & (m >= 6)) | (  # noqa: E712
        (youth != False).fill_null(True) & (m >= 12) & (susp != True).fill_null(True))  # noqa: E712
    serious_certain = (((youth == False).fill_null(False) & (m >= 6))  # noqa: E712
                       | ((m >= 12) & (susp == False).fill_null(False)))  # noqa: E712
    return [
        (kind == "custodial").alias("_custodial"),
        (kind == "unknown").alias("_unknown"),
        (kind == "juvenile").alias("_juvenile"),
        (kind == "fine").alias("_fine"),
        (fs == True).fill_null(False).alias("_fs_true"),  # noqa: E712
        (fs != False).fill_null(True).alias("_fs_possible"),  # noqa: E712
        ((kind == "custodial") & serious_possible).alias("_serious_possible"),
        ((kind == "custodial") & serious_certain).alias("_serious_certain"),
        # § 60d: exempt = foreigner-specific fine <= 90 TS
        (small_fine & (fs == True).fill_null(False)).alias("_exempt_certain"),  # noqa: E712
        ((small_fine | (kind == "unknown")) & (fs != False).fill_null(True))  # noqa: E712
        .alias("_exempt_possible"),
    ]


def _bound(bound: str) -> list[pl.Expr]:
    worst = bound == "max"
    include = pl.lit(True) if worst else pl.col("certain")
    foreign = pl.col("_fs_true") if worst else pl.col("_fs_possible")
    rates = pl.col("daily_rates").fill_null(0)
    prison = pl.col("_custodial") | (pl.col("_unknown") if worst else pl.lit(False))
    serious = (pl.col("_serious_possible") | pl.col("_unknown")) if worst \
        else pl.col("_serious_certain")
    exempt = pl.col("_exempt_certain") if worst else pl.col("_exempt_possible")
    return [
        include.any().alias(f"crim_any_{bound}"),
        (include & prison).any().alias(f"crim_prison_{bound}"),
        (include & pl.col("_juvenile")).any().alias(f"crim_juvenile_{bound}"),
        rates.filter(include & pl.col("_fine") & ~foreign).sum().alias(f"crim_ts_gen_{bound}"),
        rates.filter(include & pl.col("_fine") & foreign).sum().alias(f"crim_ts_for_{bound}"),
        (include & serious).any().alias(f"crim_serious_{bound}"),
        (include & ~exempt).any().alias(f"crim_strict_{bound}"),
    ]


def _clear_on() -> list[pl.Expr]:
    erased = pl.col("erasure_date")
    return [pl.when(erased.is_null().any()).then(None).otherwise(erased.max())
            .alias("crim_clear_on")]
