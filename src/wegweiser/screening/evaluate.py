"""Batch evaluation in long form: one row per person and pathway (shared by runs and the CLI).

The frames are evaluated in slices of persons so that a caller can show progress; the law's
``batch.evaluate_frame`` does the work, exactly as for a single case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import polars as pl

from wegweiser.law.engine.batch import evaluate_frame
from wegweiser.law.engine.frames import FactFrames
from wegweiser.law.engine.verdict import VERDICT_TEXT, Verdict
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy
from wegweiser.law.statute.pathways import ALL_PATHWAYS

SLICE = 20_000
LONG_SCHEMA = {"person_id": pl.String, "pathway_id": pl.String, "verdict": pl.String,
               "pending_date": pl.Date, "deadline": pl.Date, "exceptions_open": pl.Int64,
               "summary": pl.String, "floor": pl.String, "upgrade_on": pl.Date,
               "deciding": pl.String}
# Stored and shown: a pathway not in force on the date says nothing about the person.
SILENT = {Verdict.NOT_IN_FORCE.value}


def evaluate_long(frames: FactFrames, as_of: date, policy: Policy = DEFAULT_POLICY,
                  progress: Callable[[int, int], None] | None = None) -> pl.DataFrame:
    """Verdicts per person and pathway, plus the per-person column ``p104c_holder``."""
    ids = frames.persons["person_id"]
    parts = []
    for start in range(0, max(len(ids), 1), SLICE):
        part = _slice(frames, ids[start:start + SLICE]) if len(ids) > SLICE else frames
        wide = evaluate_frame(part, as_of, policy, keep_features=True, explain=True)
        parts.append(_long(wide))
        if progress:
            progress(min(start + SLICE, len(ids)), len(ids))
    return pl.concat(parts)


def verdict_counts(long: pl.DataFrame) -> dict[str, dict[str, int]]:
    """How many persons got which verdict, per pathway: {pathway_id: {verdict: n}}.

    The one count of a run (stored in ``ScreeningRun.counts``) and of the command line.
    """
    counts: dict[str, dict[str, int]] = {}
    for pathway_id, verdict, n in long.group_by("pathway_id", "verdict").len().sort(
            "pathway_id", "verdict").iter_rows():
        counts.setdefault(pathway_id, {})[verdict] = n
    return counts


def _slice(frames: FactFrames, ids: pl.Series) -> FactFrames:
    chosen = pl.col("person_id").is_in(ids.implode())
    return FactFrames(**{name: getattr(frames, name).filter(chosen)
                         for name in FactFrames.__dataclass_fields__})


def _long(wide: pl.DataFrame) -> pl.DataFrame:
    holder = pl.col("p104c_holder").fill_null(False)
    parts = []
    for pathway in ALL_PATHWAYS:
        key = f"v:{pathway.id}"
        parts.append(wide.select(
            "person_id", pl.lit(pathway.id).alias("pathway_id"), pl.col(key).alias("verdict"),
            pl.when(pl.col(key) == Verdict.PENDING_TIME.value).then(pl.col(f"{key}:date"))
            .alias("pending_date"),
            pl.col(f"{key}:deadline").alias("deadline"),
            pl.col(f"{key}:exceptions").cast(pl.Int64).alias("exceptions_open"),
            _summary(pathway, key).alias("summary"),
            pl.col(f"{key}:floor").alias("floor"),
            _column(wide, f"{key}:upgrade_on", pl.Date).alias("upgrade_on"),
            pl.col(f"{key}:deciding").alias("deciding"),
            holder.alias("p104c_holder"),
        ))
    return pl.concat(parts)


def _column(wide: pl.DataFrame, name: str, dtype) -> pl.Expr:
    """A column only some pathways have (``upgrade_on``: § 25 Abs. 5 Satz 2)."""
    return pl.col(name) if name in wide.columns else pl.lit(None, dtype=dtype)


def _summary(pathway, key: str) -> pl.Expr:
    """Same text as engine.evaluate's PathwayVerdict.summary (a test compares both)."""
    verdict = pl.col(key)
    text = verdict.replace_strict({v.value: f"{pathway.norm}: {t}" for v, t in VERDICT_TEXT.items()},
                                  return_dtype=pl.String)
    pending = pl.col(f"{key}:date").dt.strftime("%d.%m.%Y")
    return (pl.when(verdict == Verdict.EXPIRED.value)
            .then(pl.lit(f"{pathway.norm}: {pathway.available_text}"))
            .when((verdict == Verdict.PENDING_TIME.value) & pending.is_not_null())
            .then(pl.concat_str(text, pl.lit(" "), pending))
            .otherwise(text))
