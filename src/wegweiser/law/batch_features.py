"""Features for many persons with Polars - the batch twin of features.py.

Same columns, same meaning; tests/law/test_batch_equals_single.py checks equality on random
cases.  Everything is set-based (filters, joins, group-bys), no Python loop per person.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from wegweiser.law import batch_parts as parts
from wegweiser.law.batch_timeline import attach_chain, chain_frame
from wegweiser.law.features import PASS_THROUGH, SCHEMA
from wegweiser.law.frames import FactFrames
from wegweiser.law.parameters import DEFAULT_POLICY, Policy, resolve
from wegweiser.law.timeline import P104C_REFERENCE_DAY, STATUS_VARIANTS


def compute_feature_frame(
    frames: FactFrames, as_of: date, policy: Policy = DEFAULT_POLICY
) -> pl.DataFrame:
    params = resolve(as_of, policy)
    persons = frames.persons.lazy().with_row_index("pidx").with_columns(pl.col("pidx").cast(pl.Int64))
    index = persons.select("person_id", "pidx")
    lf = persons.with_columns(*_basic_columns())
    lf = _status(lf, frames, index, as_of, params["gap_months"])
    lf = _employment(lf, frames, index, as_of, params["p60d.hours"] or 0,
                     policy.employment_gap_tolerance_months)
    lf = parts.language(lf, frames, index, as_of)
    lf = parts.school(lf, frames, index, as_of)
    lf = parts.training(lf, frames, index, as_of)
    lf = parts.children(lf, frames, index, as_of)
    lf = parts.convictions(lf, frames, index, as_of, params["fine.foreigner"])
    lf = lf.with_columns(*parts.asylum_columns(as_of))
    columns = [pl.col(name).cast(dtype) for name, dtype in SCHEMA.items()]
    return lf.sort("pidx").select("person_id", *columns).collect()


def _basic_columns() -> list[pl.Expr]:
    born, precision = pl.col("birth_date"), pl.col("birth_date_precision")
    year_start = pl.date(born.dt.year(), 1, 1)
    year_end = pl.date(born.dt.year(), 12, 31)
    return [
        pl.when(precision == "year").then(year_start)
        .when(precision == "month").then(born.dt.month_start()).otherwise(born)
        .alias("birth_earliest"),
        pl.when(precision == "year").then(year_end)
        .when(precision == "month").then(born.dt.month_end()).otherwise(born)
        .alias("birth_latest"),
        pl.col("livelihood_share_own_earnings").alias("livelihood_share"),
        pl.col("spouse_person_id").is_not_null().alias("has_spouse"),
        *(pl.col(name) for name in PASS_THROUGH),
    ]


def _periods(frames: FactFrames, index: pl.LazyFrame) -> pl.LazyFrame:
    return (frames.status_periods.lazy().with_row_index("ri")
            .join(index, on="person_id", how="inner"))


def _status(lf: pl.LazyFrame, frames: FactFrames, index: pl.LazyFrame, as_of: date,
            gap: int) -> pl.LazyFrame:
    periods = _periods(frames, index)
    lf = lf.join(parts.current_status(periods, as_of), on="pidx", how="left")
    known = pl.col("status_periods_known")
    lf = lf.with_columns(
        pl.when(known).then(pl.col("current_kind").fill_null("none")).alias("current_kind"),
        *(pl.when(known).then(pl.col(c).fill_null(False)).alias(c)
          for c in ("geduldet", "gestattet", "p104c_holder")),
        pl.when(known).then(pl.col("p104c_expiry")).alias("p104c_expiry"),
    )
    for name, (counting, pausing) in STATUS_VARIANTS.items():
        rows = _classified(periods, counting, pausing)
        lf = attach_chain(lf, chain_frame(rows, as_of, gap, name), name, "status_periods_known")
    rows = _classified(periods, *STATUS_VARIANTS["res60b"])
    chains = chain_frame(rows, P104C_REFERENCE_DAY, gap, "stichtag")
    return attach_chain(lf, chains, "stichtag", "status_periods_known")


def _classified(periods: pl.LazyFrame, counting: frozenset, pausing: frozenset) -> pl.LazyFrame:
    kind = pl.col("kind")
    klass = (pl.when(kind.is_in([k.value for k in counting])).then(0)
             .when(kind.is_in([k.value for k in pausing] or ["-"])).then(1))
    return (periods.with_columns(klass=klass).filter(pl.col("klass").is_not_null())
            .select("pidx", "start", "end", "klass"))


def _employment(lf: pl.LazyFrame, frames: FactFrames, index: pl.LazyFrame, as_of: date,
                hours: float, gap: int) -> pl.LazyFrame:
    jobs = frames.employments.lazy().join(index, on="person_id", how="inner")
    h, si, q = pl.col("hours_per_week"), pl.col("social_insurance"), pl.col("qualified")
    selections = {
        "emp_c": (si == True) & (h >= hours),  # noqa: E712 - null-safe Kleene filter
        "emp_p": (si != False) .fill_null(True) & (h >= hours).fill_null(True),  # noqa: E712
        "qemp_c": (q == True),  # noqa: E712
        "qemp_p": (q != False).fill_null(True),  # noqa: E712
    }
    for name, selected in selections.items():
        rows = (jobs.filter(selected.fill_null(False)).with_columns(klass=pl.lit(0))
                .select("pidx", "start", "end", "klass"))
        lf = attach_chain(lf, chain_frame(rows, as_of, gap, name), name, "employments_known")
    return lf


