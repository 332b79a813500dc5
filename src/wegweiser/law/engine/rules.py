"""The complete rule set as named expressions - the one list both engines evaluate."""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache

from wegweiser.law.engine.expr import Expr, is_true
from wegweiser.law.engine.expr_fold import fold
from wegweiser.law.engine.verdict import deciding_expr, final_exprs, verdict_exprs
from wegweiser.law.statute.adjacent import CASE_FLAGS
from wegweiser.law.statute.blockers import ALL_BLOCKERS
from wegweiser.law.statute.criteria import Criterion
from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.law.statute.pathways.base import Flag


@cache
def all_criteria() -> tuple[Criterion, ...]:
    """Every criterion once (by id; blockers first), in declaration order."""
    seen: dict[str, Criterion] = {}
    for criterion in ALL_BLOCKERS:
        seen.setdefault(criterion.id, criterion)
    for pathway in ALL_PATHWAYS:
        for criterion in pathway.criteria:
            seen.setdefault(criterion.id, criterion)
    return tuple(seen.values())


def criterion_columns() -> list[tuple[str, Expr]]:
    columns: list[tuple[str, Expr]] = []
    for criterion in all_criteria():
        columns.append((criterion.column, criterion.test))
        if criterion.met_on is not None:
            columns.append((criterion.column + ":met_on", criterion.met_on))
        if criterion.met_on_best is not None:
            columns.append((criterion.column + ":met_on_best", criterion.met_on_best))
        if criterion.lost_on is not None:
            columns.append((criterion.column + ":lost_on", criterion.lost_on))
    return columns


def all_flags() -> list[Flag]:
    return [*CASE_FLAGS, *(f for p in ALL_PATHWAYS for f in p.flags)]


def flag_columns() -> list[tuple[str, Expr]]:
    return [(f"f:{flag.id}", is_true(flag.when)) for flag in all_flags()]


def verdict_columns(as_of: date) -> list[tuple[str, Expr]]:
    """The two cases of every pathway (best and worst completion of unknown criteria)."""
    columns: list[tuple[str, Expr]] = []
    for pathway in ALL_PATHWAYS:
        columns.extend(verdict_exprs(pathway, as_of).items())
    return columns


def final_columns() -> list[tuple[str, Expr]]:
    return [item for pathway in ALL_PATHWAYS for item in final_exprs(pathway).items()]


def deciding_columns() -> list[tuple[str, Expr]]:
    return [(f"v:{p.id}:deciding", deciding_expr(p)) for p in ALL_PATHWAYS]


@lru_cache(maxsize=64)
def column_stages(as_of: date, explain: bool = True) -> tuple[tuple[tuple[str, Expr], ...], ...]:
    """(criteria, flags, cases, verdicts[, deciding criteria]) for `as_of` with constant parts
    folded (expr_fold.py), built once per date: both engines evaluate exactly these, and a
    single case no longer rebuilds ~150 expression trees per call.  The deciding criteria are
    text columns; a large batch that does not show them leaves them out (`explain`)."""
    stages = [criterion_columns(), flag_columns(), verdict_columns(as_of), final_columns()]
    if explain:
        stages.append(deciding_columns())
    return tuple(tuple((name, fold(expr)) for name, expr in columns) for columns in stages)
