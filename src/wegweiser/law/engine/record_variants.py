"""Unknown fields of existing records: which records could decide an open criterion.

An unknown field of a record does not make a feature null.  The law counts a *certain*
variant (only records known to qualify, e.g. ``emp_c``) and a *possible* one (an unknown field
counts as qualifying, ``emp_p``); a criterion between the two is open.  `VARIANTS` says, per
pair, which collection and which record fields tell them apart, so that the explanation can
name the record fields that would decide the criterion.  The record tests below are the ones
`features.py` counts with (batch_features.py writes them again as Polars expressions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from wegweiser.law.engine.expr import Env, Expr
from wegweiser.law.engine.logic import Truth, kleene_and

CHAIN_PARTS = ("alive", "start", "paused", "running")


def social_job(job: Any, params: Mapping[str, Any]) -> Truth:
    """§ 60d Abs. 1 Nr. 3: sozialversicherungspflichtig, at least the weekly hours (None: unknown)."""
    hours = job.hours_per_week
    enough = None if hours is None else hours >= (params["p60d.hours"] or 0)
    return kleene_and((job.social_insurance, enough))


def qualified_job(job: Any, params: Mapping[str, Any]) -> Truth:
    """§ 2 Abs. 12b: qualified employment (§ 19d Abs. 1 Nr. 1 b/c)."""
    return job.qualified


def successful_school(record: Any, params: Mapping[str, Any]) -> Truth:
    """§ 25a Abs. 1 Satz 1 Nr. 2: erfolgreicher Schulbesuch."""
    return record.successful


@dataclass(frozen=True)
class Variants:
    collection: str  # attribute of CaseFacts
    fields: tuple[str, ...]  # record fields the test reads
    test: Callable[[Any, Mapping[str, Any]], Truth]  # True: counts for certain; None: possibly
    pairs: tuple[tuple[str, str], ...]  # (certain feature, possible feature)
    period_start: str | None = None  # feature: first day counted (None: everything until as_of)


def _chain(certain: str, possible: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{certain}_{part}", f"{possible}_{part}") for part in CHAIN_PARTS)


EMPLOYMENT = Variants("employments", ("social_insurance", "hours_per_week"), social_job,
                      _chain("emp_c", "emp_p"), period_start="emp_p_start")
QUALIFIED_EMPLOYMENT = Variants("employments", ("qualified",), qualified_job,
                                _chain("qemp_c", "qemp_p"), period_start="qemp_p_start")
SCHOOL = Variants("school", ("successful",), successful_school,
                  (("school_days_certain", "school_days_possible"),))
VARIANTS = (EMPLOYMENT, QUALIFIED_EMPLOYMENT, SCHOOL)


def deciding_variants(test: Expr, features: Mapping[str, Any], env: Env) -> list[Variants]:
    """The variant pairs `test` reads whose best and worst case give different results."""
    used = test.features()
    found = []
    for variants in VARIANTS:
        if not any(c in used or p in used for c, p in variants.pairs):
            continue
        best, worst = dict(features), dict(features)
        for certain, possible in variants.pairs:
            best[certain] = features[possible]
            worst[possible] = features[certain]
        if test.ev(best, env) != test.ev(worst, env):
            found.append(variants)
    return found


def undecided(variants: Variants, records: Iterable[Any], features: Mapping[str, Any],
              env: Env) -> list[tuple[Any, tuple[str, ...]]]:
    """Records that count as possible but not certain, within the counted period, with the
    fields among `variants.fields` that are unknown.  Works on any record with the fields."""
    start: date | None = features.get(variants.period_start) if variants.period_start else None
    found = []
    for record in records:
        if record.start > env.as_of or (start and record.end is not None and record.end < start):
            continue
        if variants.test(record, env.params) is None:
            unknown = tuple(f for f in variants.fields if getattr(record, f) is None)
            found.append((record, unknown))
    return found
