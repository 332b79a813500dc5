"""Polars feature parts per fact table (language, school, training, children, convictions,
asylum, current status) - each mirrors the function of the same concern in features.py.

Each part takes a *narrow* frame (``pidx`` and its ``*_known`` column) and returns it with
its feature columns, rows in persons order (batch_features.py concatenates them)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import polars as pl

from wegweiser.law.engine.convictions import SCHEMA as CRIM_SCHEMA
from wegweiser.law.engine.dates import add_months, pl_add_months
from wegweiser.law.engine.features import LEVELS, P104C_BASES, TRAINING_60C_KINDS
from wegweiser.law.engine.frames import FactFrames
from wegweiser.law.statute.asylum import (
    ANY_30,
    GROUND_LISTS,
    NEGATIVE,
    OLD_LIST_UNTIL,
    SAFE_COUNTRY,
    SPURWECHSEL_ENTRY_BEFORE,
)

DULDUNG = ["duldung", "duldung_60b", "duldung_60c", "duldung_60d"]


Tables = Mapping[str, pl.LazyFrame]
TABLES = ("status_periods", "employments", "convictions", "spouse_convictions", "language",
          "school", "training", "children")


def indexed(frames: FactFrames, index: pl.LazyFrame) -> dict[str, pl.LazyFrame]:
    """Every fact table with ``ri`` (row number) and ``pidx``; rows of unknown persons dropped.

    One join per table.  (Tried: one join over all tables' ids stacked, sliced back per table -
    fewer hash builds of the person index, but slower overall: the slices defeat projection
    pushdown, so every column of every table gets copied.)"""
    return {name: getattr(frames, name).lazy().with_row_index("ri")
            .join(index, on="person_id", how="inner") for name in TABLES}


def join_aligned(lf: pl.LazyFrame, agg: pl.LazyFrame) -> pl.LazyFrame:
    """Left join on pidx keeping the persons' row order, so the result can be concatenated
    horizontally with the persons table instead of joining onto the wide table."""
    return lf.join(agg, on="pidx", how="left", maintain_order="left")


def _known(lf: pl.LazyFrame, known: str, columns: Mapping[str, object]) -> pl.LazyFrame:
    """Unknown collection -> null; known without rows -> the given default."""
    return lf.with_columns(
        pl.when(pl.col(known)).then(pl.col(c) if d is None else pl.col(c).fill_null(d))
        .alias(c) for c, d in columns.items()
    )


def current_status(periods: pl.LazyFrame, as_of: date) -> pl.LazyFrame:
    day = pl.lit(as_of, dtype=pl.Date)
    covering = periods.filter((pl.col("start") <= day)
                              & (pl.col("end").is_null() | (pl.col("end") >= day)))
    last = covering.sort("pidx", "start", "ri").group_by("pidx").last()
    holder = (pl.col("kind").is_in(["residence_permit", "fiction_certificate"])
              & pl.col("legal_basis").str.strip_chars().is_in(list(P104C_BASES)))
    return last.select(
        "pidx", pl.col("kind").alias("current_kind"),
        pl.col("kind").is_in(DULDUNG).alias("geduldet"),
        (pl.col("kind") == "gestattung").alias("gestattet"),
        holder.alias("p104c_holder"),
        pl.when(holder).then(pl.col("end")).alias("p104c_expiry"),
    )


def language(lf: pl.LazyFrame, tables: Tables, as_of: date):
    certs = tables["language"].filter(pl.col("issued") <= as_of).with_columns(
        lvl=pl.col("level").replace_strict(LEVELS, return_dtype=pl.Int64))
    agg = certs.group_by("pidx").agg(
        lang_oral=pl.col("lvl").filter(pl.col("scope").is_in(["oral", "full"])).max(),
        lang_written=pl.col("lvl").filter(pl.col("scope").is_in(["written", "full"])).max())
    lf = join_aligned(lf, agg)
    return _known(lf, "language_certificates_known", {"lang_oral": 0, "lang_written": 0})


def school(lf: pl.LazyFrame, tables: Tables, as_of: date):
    day = pl.lit(as_of, dtype=pl.Date)
    rows = tables["school"].filter(pl.col("start") <= day).with_columns(
        days=((pl.min_horizontal(pl.col("end").fill_null(day), day) - pl.col("start"))
              .dt.total_days() + 1).clip(lower_bound=0))
    qualified = (pl.col("qualification").fill_null("") != "") & (pl.col("end") <= day)
    agg = rows.group_by("pidx").agg(
        school_days_certain=pl.col("days").filter(pl.col("successful") == True).sum(),  # noqa: E712
        school_days_possible=pl.col("days").filter(pl.col("successful").fill_null(True)).sum(),
        school_qualification=qualified.fill_null(False).any())
    lf = join_aligned(lf, agg)
    return _known(lf, "school_known", {"school_days_certain": 0, "school_days_possible": 0,
                                       "school_qualification": False})


def _current_training(rows: pl.LazyFrame, as_of: date) -> pl.LazyFrame:
    horizon = add_months(as_of, 6)
    current = rows.filter((pl.col("start") <= horizon)
                          & (pl.col("end").is_null() | (pl.col("end") >= as_of)))
    return current.sort("pidx", "start", "ri").group_by("pidx").first()


def _completed(rows: pl.LazyFrame, as_of: date, kind: str, name: str) -> pl.LazyFrame:
    done = rows.filter((pl.col("kind") == kind) & (pl.col("end") <= as_of))
    return done.group_by("pidx").agg(
        (pl.col("completed") == True).fill_null(False).any().alias(f"_{name}_true"),  # noqa: E712
        pl.col("completed").is_null().any().alias(f"_{name}_null"))


def _tri(name: str) -> pl.Expr:
    """One passed: yes; one without result: unknown; none (or no rows): no."""
    return (pl.when(pl.col(f"_{name}_true").fill_null(False)).then(True)
            .when(pl.col(f"_{name}_null").fill_null(False)).then(None).otherwise(False)
            .alias(name))


def training(lf: pl.LazyFrame, tables: Tables, as_of: date):
    rows = tables["training"]
    first = _current_training(rows, as_of).select(
        "pidx", pl.col("kind").alias("training_kind"),
        pl.col("bottleneck_commitment").alias("training_bottleneck"),
        pl.col("contract_registered").alias("training_registered"),
        pl.lit(True).alias("_has_training"))
    lf = join_aligned(lf, first)
    for kind in ("qualified", "care_aid"):
        lf = join_aligned(lf, _completed(rows, as_of, kind, f"training_completed_{kind}"))
    has = pl.col("_has_training").fill_null(False)
    lf = lf.with_columns(
        pl.when(has).then(pl.col("training_kind")).otherwise(pl.lit("none")).alias("training_kind"),
        pl.when(has).then(pl.col("training_bottleneck")).otherwise(False)
        .alias("training_bottleneck"),
        pl.when(has).then(pl.col("training_registered")).otherwise(False)
        .alias("training_registered"),
        _tri("training_completed_qualified"), _tri("training_completed_care_aid"))
    known = pl.col("training_known")
    return lf.with_columns(pl.when(known).then(pl.col(c)).alias(c) for c in (
        "training_kind", "training_bottleneck", "training_registered",
        "training_completed_qualified", "training_completed_care_aid"))


def training_status(lf: pl.LazyFrame, tables: Tables, as_of: date):
    """Mirrors features._training_status (needs both training and status history)."""
    rows, periods = tables["training"], tables["status_periods"]

    def covering(frame: pl.LazyFrame, day: str, kind: str) -> pl.LazyFrame:
        spans = periods.filter(pl.col("kind") == kind).select(
            "pidx", _p_start=pl.col("start"), _p_end=pl.col("end"))
        return frame.join(spans, on="pidx").filter(
            (pl.col("_p_start") <= pl.col(day))
            & (pl.col("_p_end").is_null() | (pl.col("_p_end") >= pl.col(day))))

    first = _current_training(rows, as_of).select("pidx", _t_start=pl.col("start"))
    gestattet = covering(first, "_t_start", "gestattung").group_by("pidx").agg(
        training_started_gestattet=pl.lit(True))
    ended = rows.filter((pl.col("end") <= as_of) & (pl.col("kind").fill_null("") != "other"))
    under_60c = covering(ended.select("pidx", "kind", "completed", "end"), "end", "duldung_60c")
    certain = (pl.col("completed") == True) & pl.col("kind").is_in(  # noqa: E712
        list(TRAINING_60C_KINDS))
    completed = under_60c.group_by("pidx").agg(
        _certain=certain.fill_null(False).any(),
        _possible=(pl.col("completed") != False).fill_null(True).any())  # noqa: E712
    lf = join_aligned(join_aligned(lf, gestattet), completed)
    known = pl.col("training_known") & pl.col("status_periods_known")
    return lf.with_columns(
        pl.when(known).then(pl.col("training_started_gestattet").fill_null(False))
        .alias("training_started_gestattet"),
        pl.when(known).then(
            pl.when(pl.col("_certain").fill_null(False)).then(True)
            .when(pl.col("_possible").fill_null(False)).then(None).otherwise(False))
        .alias("training_completed_60c"))


def children(lf: pl.LazyFrame, tables: Tables, as_of: date):
    day = pl.lit(as_of, dtype=pl.Date)
    kids = tables["children"].filter(pl.col("birth_date") <= day).with_columns(
        adult_on=pl_add_months(pl.col("birth_date"), 216)).filter(pl.col("adult_on") > day)
    agg = kids.group_by("pidx").agg(youngest_child_adult_on=pl.col("adult_on").max(),
                                    has_minor_child=pl.lit(True))
    lf = join_aligned(lf, agg)
    return _known(lf, "children_known", {"has_minor_child": False,
                                         "youngest_child_adult_on": None})


def convictions(lf: pl.LazyFrame, tables: Tables, as_of: date,
                foreign_max: int):
    from wegweiser.law.engine.batch_convictions import conviction_aggregates

    agg = conviction_aggregates(tables["convictions"], as_of, foreign_max)
    lf = join_aligned(lf, agg)
    defaults = {k: (0 if k.startswith("crim_ts") else False) for k in CRIM_SCHEMA
                if k != "crim_clear_on"}
    lf = _known(lf, "convictions_known", defaults)
    return lf.with_columns(pl.when(pl.col("convictions_known")).then(pl.col("crim_clear_on"))
                           .alias("crim_clear_on"))


def spouse_convictions(lf: pl.LazyFrame, tables: Tables, as_of: date, foreign_max: int):
    """Twin of convictions.spouse_features."""
    from wegweiser.law.engine.batch_convictions import conviction_aggregates
    from wegweiser.law.engine.convictions import SPOUSE

    agg = conviction_aggregates(tables["spouse_convictions"], as_of, foreign_max).select(
        "pidx", *(pl.col(name).alias(f"spouse_{name}") for name in SPOUSE))
    lf = join_aligned(lf, agg)
    return _known(lf, "spouse_convictions_known", {f"spouse_{name}": False for name in SPOUSE})


def asylum(lf: pl.LazyFrame, as_of: date) -> pl.LazyFrame:
    """Asylum features (twin of asylum.asylum_features).  Helper columns are computed once in a
    first step: the four results share them, and the regex is the costly part."""
    outcome = pl.col("asylum_outcome")
    ended = pl.when(outcome == "withdrawn").then(
        pl.coalesce("asylum_withdrawal_date", "asylum_final_date")
    ).otherwise(pl.col("asylum_final_date"))
    negative = outcome.is_in([*NEGATIVE, "withdrawn"])
    decided = pl.coalesce("asylum_decision_date", "asylum_final_date")
    lf = lf.with_columns(_closed=ended <= as_of, _negative=negative,
                         _blocks=_ground_blocks(pl.col("asylum_manifestly_unfounded_ground"),
                                                decided))
    closed, negative = pl.col("_closed"), pl.col("_negative")
    lf = lf.with_columns(_s1=pl.when(negative).then(closed).otherwise(False))
    s1, blocks = pl.col("_s1"), pl.col("_blocks")
    s2 = (pl.when(outcome != "rejected_manifestly_unfounded").then(False)
          .when((s1 == False) | (blocks == False)).then(False)  # noqa: E712
          .when(s1.is_null() | blocks.is_null()).then(None).otherwise(True))
    early = (pl.when(outcome != "withdrawn").then(False)
             .otherwise(s1 & (pl.col("entry_date") < SPURWECHSEL_ENTRY_BEFORE)))
    early = pl.when((outcome == "withdrawn") & (pl.col("entry_date").is_null() | s1.is_null())) \
        .then(None).otherwise(early)
    pending = (pl.when(outcome == "pending").then(True)
               .when(negative).then(~closed).otherwise(False))
    applied_no = pl.col("asylum_applied") == False  # noqa: E712
    result = []
    for name, expr in (("asylum_s1", s1), ("asylum_s2", s2), ("asylum_pending", pending),
                       ("asylum_withdrawn_early", early)):
        value = (pl.when(applied_no.fill_null(False)).then(False)
                 .when(outcome.is_null()).then(None).otherwise(expr))
        result.append(value.alias(name))
    return lf.with_columns(result).drop("_closed", "_negative", "_s1", "_blocks")


def _ground_blocks(ground: pl.Expr, decided: pl.Expr) -> pl.Expr:
    """Twin of asylum.ground_blocks, with the same regular expressions."""
    text = ground.fill_null("")
    old = decided <= OLD_LIST_UNTIL
    lists = GROUND_LISTS["old"], GROUND_LISTS["new"]
    listed = pl.when(old).then(text.str.contains(lists[0].blocking)).otherwise(
        text.str.contains(lists[1].blocking))
    not_listed = pl.when(old).then(text.str.count_matches(lists[0].not_blocking)).otherwise(
        text.str.count_matches(lists[1].not_blocking))
    cited = text.str.count_matches(ANY_30)
    safe_country = text.str.contains(SAFE_COUNTRY)
    return (pl.when(decided.is_null())
            .then(pl.when(safe_country & (cited == 0)).then(False).otherwise(None))
            .when(listed).then(True)
            .when((cited == not_listed) & ((cited > 0) | safe_country)).then(False)
            .otherwise(None))
