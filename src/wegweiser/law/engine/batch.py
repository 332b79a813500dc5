"""Batch screening with Polars: the same criteria and verdict rules as engine.evaluate.

`evaluate_frame` builds one feature row per person (batch_features.py), then evaluates every
criterion, flag and verdict of rules.py as Polars expressions (null = unknown, Kleene), after
folding the parts that are constant for the as-of date (expr_fold.py).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from wegweiser.law.engine.batch_features import compute_feature_frame
from wegweiser.law.engine.expr import Env
from wegweiser.law.engine.frames import FactFrames
from wegweiser.law.engine.rules import column_stages
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy, resolve


def evaluate_features(features: pl.DataFrame | pl.LazyFrame, as_of: date,
                      policy: Policy = DEFAULT_POLICY, *, explain: bool = False) -> pl.LazyFrame:
    """Add criterion (``c:*``), flag (``f:*``) and verdict (``v:*``) columns; with `explain`
    also the deciding criteria (``v:*:deciding``)."""
    env = Env(as_of, resolve(as_of, policy))
    lf = features.lazy()
    for columns in column_stages(as_of, explain):
        lf = lf.with_columns(expr.pl(env).alias(name) for name, expr in columns)
    return lf


def evaluate_frame(frames: FactFrames, as_of: date, policy: Policy = DEFAULT_POLICY,
                   *, keep_features: bool = False, explain: bool = False) -> pl.DataFrame:
    """One row per person: person_id, every criterion, flag and verdict column."""
    features = compute_feature_frame(frames, as_of, policy)
    result = evaluate_features(features, as_of, policy, explain=explain)
    if not keep_features:
        result = result.select("person_id", pl.col("^[cfv]:.*$"))
    return result.collect()
