"""Features for many persons with Polars - the batch twin of features.py.

Same columns, same meaning; tests/law/test_batch_equals_single.py checks equality on random
cases.  Everything is set-based (filters, sorts, scans, group-bys), no Python loop per person.

Performance shape (1M persons, 8M status periods): one lazy query, one ``collect``.  Each fact
table is joined to the person index once (string key -> int ``pidx``); each part yields a
narrow frame in persons order, and the parts are concatenated horizontally with the persons
table - joining every part onto the wide persons table would copy all its columns each time.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from wegweiser.law.engine import batch_parts as parts
from wegweiser.law.engine.batch_timeline import Variant, attach_chain, chain_frame
from wegweiser.law.engine.facts import StatusKind
from wegweiser.law.engine.features import PASS_THROUGH, SCHEMA
from wegweiser.law.engine.frames import FactFrames
from wegweiser.law.engine.timeline import P104C_REFERENCE_DAY, STATUS_VARIANTS
from wegweiser.law.statute.employment_ban import pl_nr3_ban
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy, resolve

KIND_CODES = {kind.value: code for code, kind in enumerate(StatusKind)}


def compute_feature_frame(
    frames: FactFrames, as_of: date, policy: Policy = DEFAULT_POLICY
) -> pl.DataFrame:
    params = resolve(as_of, policy)
    persons = frames.persons.lazy().with_row_index("pidx").with_columns(pl.col("pidx").cast(pl.Int64))
    tables = parts.indexed(frames, persons.select("person_id", "pidx"))

    def narrow(known: str) -> pl.LazyFrame:
        return persons.select("pidx", known)

    blocks = {
        "status_periods_known": _status(narrow("status_periods_known"), tables, as_of,
                                        params["gap_months"]),
        "employments_known": _employment(narrow("employments_known"), tables, as_of,
                                         params["p60d.hours"] or 0,
                                         policy.employment_gap_tolerance_months),
        "language_certificates_known": parts.language(
            narrow("language_certificates_known"), tables, as_of),
        "school_known": parts.school(narrow("school_known"), tables, as_of),
        "training_known": parts.training(narrow("training_known"), tables, as_of),
        "children_known": parts.children(narrow("children_known"), tables, as_of),
        "convictions_known": parts.convictions(narrow("convictions_known"), tables, as_of,
                                               params["fine.foreigner"]),
        "spouse_convictions_known": parts.spouse_convictions(
            narrow("spouse_convictions_known"), tables, as_of, params["fine.foreigner"]),
    }
    both = persons.select("pidx", "training_known", "status_periods_known")
    training_status = parts.training_status(both, tables, as_of).select(
        "training_started_gestattet", "training_completed_60c")
    basic = persons.with_columns(*_basic_columns())
    base = parts.asylum(basic.with_columns(pl_nr3_ban(as_of).alias("ban_60a6_nr3")), as_of)
    lf = pl.concat([base, *(block.drop("pidx", known) for known, block in blocks.items()),
                    training_status], how="horizontal")
    columns = [pl.col(name).cast(dtype) for name, dtype in SCHEMA.items()]
    return lf.select("person_id", *columns).collect()


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
        *(pl.col(name) for name in PASS_THROUGH),
    ]


def _status(lf: pl.LazyFrame, tables: parts.Tables, as_of: date, gap: int) -> pl.LazyFrame:
    periods = tables["status_periods"]
    lf = parts.join_aligned(lf, parts.current_status(periods, as_of))
    known = pl.col("status_periods_known")
    lf = lf.with_columns(
        pl.when(known).then(pl.col("current_kind").fill_null("none")).alias("current_kind"),
        *(pl.when(known).then(pl.col(c).fill_null(False)).alias(c)
          for c in ("geduldet", "gestattet", "p104c_holder")),
        pl.when(known).then(pl.col("p104c_expiry")).alias("p104c_expiry"),
    )
    variants = [Variant(name, _klass(*kinds), as_of, gap)
                for name, kinds in STATUS_VARIANTS.items()]
    variants.append(Variant("stichtag", _klass(*STATUS_VARIANTS["res60b"]), P104C_REFERENCE_DAY,
                            gap))
    # Kind strings are hashed once into a small code; each variant then looks its class up.
    coded = periods.select("pidx", "start", "end", code=pl.col("kind").replace_strict(
        KIND_CODES, default=None, return_dtype=pl.Int8))
    chains = chain_frame(coded, variants)
    return attach_chain(lf, chains, [v.name for v in variants], "status_periods_known")


def _klass(counting: frozenset, pausing: frozenset) -> pl.Expr:
    """0 COUNT, 1 PAUSE, null ignored - by kind code (see timeline.classify)."""
    lookup = [0 if kind in counting else 1 if kind in pausing else None for kind in StatusKind]
    return pl.lit(pl.Series(lookup, dtype=pl.Int8)).gather(pl.col("code"))


def _employment(lf: pl.LazyFrame, tables: parts.Tables, as_of: date, hours: float,
                gap: int) -> pl.LazyFrame:
    jobs = tables["employments"]
    h, si, q = pl.col("hours_per_week"), pl.col("social_insurance"), pl.col("qualified")
    selections = {
        "emp_c": (si == True) & (h >= hours),  # noqa: E712 - null-safe Kleene filter
        "emp_p": (si != False) .fill_null(True) & (h >= hours).fill_null(True),  # noqa: E712
        "qemp_c": (q == True),  # noqa: E712
        "qemp_p": (q != False).fill_null(True),  # noqa: E712
    }
    variants = [Variant(name, pl.when(selected.fill_null(False)).then(0), as_of, gap)
                for name, selected in selections.items()]
    chains = chain_frame(jobs, variants)
    return attach_chain(lf, chains, list(selections), "employments_known")
