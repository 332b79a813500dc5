"""Constant folding of criterion expressions before they are compiled to Polars.

Rules are written for readability, so after parameters and the as-of date are fixed many parts
are constant: ``When(Lit(False), ...)`` for norms in force, ``IsNull(Lit(True))`` for open
pathways, ``When(Not(c), NO_DATE, NO_DATE)`` for criteria without a date.  Polars would still
evaluate each of them over a million rows (the verdict chains carry string columns through
every level), so `fold` removes them.  Every rule keeps the Kleene meaning of `Expr.ev`:
folding never changes a value, only how much work computes it.
"""

from __future__ import annotations

from functools import singledispatch

import polars as pl

from wegweiser.law.engine.expr import (
    NO_DATE,
    And,
    Cmp,
    Coalesce,
    CountTrue,
    Earliest,
    Expr,
    IsNull,
    JoinTexts,
    Latest,
    LatestKnown,
    Lit,
    MapValues,
    Not,
    Or,
    When,
)
from wegweiser.law.engine.logic import kleene_not


def _is_lit(expr: Expr, *values: object) -> bool:
    """A literal with one of `values` (compared by identity for True/False/None)."""
    return isinstance(expr, Lit) and any(expr.value is v for v in values)


@singledispatch
def fold(expr: Expr) -> Expr:
    """Leaves (features, parameters, literals) and unknown node types stay as they are."""
    return expr


@fold.register
def _(expr: Not) -> Expr:
    part = fold(expr.part)
    if _is_lit(part, True, False, None):
        assert isinstance(part, Lit)
        return Lit(kleene_not(part.value), part.dtype)
    return Not(part)


@fold.register
def _(expr: IsNull) -> Expr:
    part = fold(expr.part)
    return Lit(part.value is None) if isinstance(part, Lit) else IsNull(part)


@fold.register
def _(expr: When) -> Expr:
    cond, then, otherwise = fold(expr.cond), fold(expr.then), fold(expr.otherwise)
    if isinstance(cond, Lit):  # like pl.when: only true takes `then`, unknown takes otherwise
        return then if cond.value is True else otherwise
    if _is_lit(then, None) and _is_lit(otherwise, None):
        return then
    return When(cond, then, otherwise)


@fold.register
def _(expr: And) -> Expr:
    parts = [p for p in map(fold, expr.parts) if not _is_lit(p, True)]
    if any(_is_lit(p, False) for p in parts):
        return Lit(False)
    return And(*parts) if parts else Lit(True)


@fold.register
def _(expr: Or) -> Expr:
    parts = [p for p in map(fold, expr.parts) if not _is_lit(p, False)]
    if any(_is_lit(p, True) for p in parts):
        return Lit(True)
    return Or(*parts) if parts else Lit(False)


@fold.register
def _(expr: Earliest) -> Expr:
    folded = [fold(p) for p in expr.parts]
    known = [p for p in folded if not _is_lit(p, None)]
    return Earliest(*known) if known else _unknown(folded)


@fold.register
def _(expr: LatestKnown) -> Expr:
    folded = [fold(p) for p in expr.parts]
    known = [p for p in folded if not _is_lit(p, None)]
    return LatestKnown(*known) if known else _unknown(folded)


@fold.register
def _(expr: Latest) -> Expr:
    parts = [fold(p) for p in expr.parts]
    unknown = [p for p in parts if _is_lit(p, None)]
    return unknown[0] if unknown else Latest(*parts)


@fold.register
def _(expr: CountTrue) -> Expr:
    parts = [p for p in map(fold, expr.parts) if not _is_lit(p, False, None)]
    return CountTrue(*parts)


@fold.register
def _(expr: Cmp) -> Expr:
    left, right = fold(expr.left), fold(expr.right)
    if _is_lit(left, None) or _is_lit(right, None):
        return Lit(None)
    return Cmp(expr.op, left, right)


@fold.register
def _(expr: Coalesce) -> Expr:
    parts: list[Expr] = []
    for part in map(fold, expr.parts):
        if _is_lit(part, None):
            continue
        parts.append(part)
        if isinstance(part, Lit):  # a known literal: later parts are never reached
            break
    if not parts:
        return _unknown([fold(p) for p in expr.parts])
    return parts[0] if len(parts) == 1 else Coalesce(*parts)


@fold.register
def _(expr: MapValues) -> Expr:
    part = fold(expr.part)
    if isinstance(part, Lit):
        return Lit(dict(expr.mapping).get(part.value), expr.dtype)
    return MapValues(part, expr.mapping, expr.dtype)


@fold.register
def _(expr: JoinTexts) -> Expr:
    parts = [p for p in map(fold, expr.parts) if not _is_lit(p, None)]
    if all(isinstance(p, Lit) for p in parts):
        return Lit(",".join(p.value for p in parts if isinstance(p, Lit)), pl.String)
    return JoinTexts(*parts)


def _unknown(parts: list[Expr]) -> Expr:
    """An unknown date: the first (unknown literal) part keeps its dtype; none at all compiles
    to a Date null, like the empty lists of expr.py."""
    return parts[0] if parts else NO_DATE
