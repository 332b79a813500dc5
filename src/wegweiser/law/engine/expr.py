"""A tiny expression language for criteria: one definition, two evaluators.

Each criterion's logic is an `Expr` tree over *features* (see features.py).  The tree is
evaluated either in plain Python for one person (`ev`, with ``None`` = unknown) or compiled to
a Polars expression for a whole feature table (`pl`, with null = unknown).  Both follow Kleene
logic, so single-case screening and batch screening share every legal rule.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import polars as pl

from wegweiser.law.engine.dates import add_months, pl_add_months
from wegweiser.law.engine.logic import kleene_and, kleene_not, kleene_or
from wegweiser.law.statute.parameters import latest_value


@dataclass(frozen=True)
class Env:
    """What an evaluation knows besides the row: the as-of date and the resolved parameters."""

    as_of: date
    params: Mapping[str, Any]


class Expr:
    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        raise NotImplementedError

    def pl(self, env: Env) -> pl.Expr:
        raise NotImplementedError

    def features(self) -> set[str]:
        return set()

    # Comparison sugar (no __eq__ override: expressions stay hashable).
    def __ge__(self, other: object) -> Expr:
        return Cmp(operator.ge, self, lift(other))

    def __gt__(self, other: object) -> Expr:
        return Cmp(operator.gt, self, lift(other))

    def __le__(self, other: object) -> Expr:
        return Cmp(operator.le, self, lift(other))

    def __lt__(self, other: object) -> Expr:
        return Cmp(operator.lt, self, lift(other))

    def eq(self, other: object) -> Expr:
        return Cmp(operator.eq, self, lift(other))

    def __and__(self, other: Expr) -> Expr:
        return And(self, other)

    def __or__(self, other: Expr) -> Expr:
        return Or(self, other)

    def __invert__(self) -> Expr:
        return Not(self)


def lift(value: object) -> Expr:
    return value if isinstance(value, Expr) else Lit(value)


@dataclass(frozen=True, eq=False)
class Feat(Expr):
    name: str

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return row[self.name]

    def pl(self, env: Env) -> pl.Expr:
        return pl.col(self.name)

    def features(self) -> set[str]:
        return {self.name}


@dataclass(frozen=True, eq=False)
class Lit(Expr):
    value: Any
    dtype: Any = None

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return self.value

    def pl(self, env: Env) -> pl.Expr:
        if self.value is None:
            return pl.lit(None, dtype=self.dtype or pl.Boolean)
        return pl.lit(self.value, dtype=self.dtype)


UNKNOWN = Lit(None, pl.Boolean)
NO_DATE = Lit(None, pl.Date)
NO_TEXT = Lit(None, pl.String)


@dataclass(frozen=True, eq=False)
class Par(Expr):
    """A dated parameter, resolved for the as-of date before evaluation."""

    name: str

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return env.params[self.name]

    def pl(self, env: Env) -> pl.Expr:
        value = env.params[self.name]
        if value is None:  # before the norm existed: unknown, typed like its later values
            return pl.lit(None, dtype=_dtype(latest_value(self.name)))
        if isinstance(value, bool):
            return pl.lit(value, dtype=pl.Boolean)
        return pl.lit(value)


def _dtype(value: Any) -> Any:
    """The Polars type of a parameter value (bool before int: a bool is an int)."""
    for kind, dtype in ((bool, pl.Boolean), (int, pl.Int64), (float, pl.Float64),
                        (date, pl.Date), (str, pl.String)):
        if isinstance(value, kind):
            return dtype
    return pl.Boolean


@dataclass(frozen=True, eq=False)
class AsOf(Expr):
    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return env.as_of

    def pl(self, env: Env) -> pl.Expr:
        return pl.lit(env.as_of, dtype=pl.Date)


AS_OF = AsOf()


@dataclass(frozen=True, eq=False)
class Cmp(Expr):
    op: Callable[[Any, Any], Any]
    left: Expr
    right: Expr

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        a, b = self.left.ev(row, env), self.right.ev(row, env)
        return None if a is None or b is None else self.op(a, b)

    def pl(self, env: Env) -> pl.Expr:
        result: pl.Expr = self.op(self.left.pl(env), self.right.pl(env))
        return result

    def features(self) -> set[str]:
        return self.left.features() | self.right.features()


class _Nary(Expr):
    parts: tuple[Expr, ...]

    def features(self) -> set[str]:
        return set().union(*(p.features() for p in self.parts))


@dataclass(frozen=True, eq=False, init=False)
class And(_Nary):
    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return kleene_and(p.ev(row, env) for p in self.parts)

    def pl(self, env: Env) -> pl.Expr:
        return pl.all_horizontal(*(p.pl(env) for p in self.parts)) if self.parts else pl.lit(True)


@dataclass(frozen=True, eq=False, init=False)
class Or(_Nary):
    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return kleene_or(p.ev(row, env) for p in self.parts)

    def pl(self, env: Env) -> pl.Expr:
        return pl.any_horizontal(*(p.pl(env) for p in self.parts)) if self.parts else pl.lit(False)


@dataclass(frozen=True, eq=False)
class Not(Expr):
    part: Expr

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return kleene_not(self.part.ev(row, env))

    def pl(self, env: Env) -> pl.Expr:
        return ~self.part.pl(env)

    def features(self) -> set[str]:
        return self.part.features()


@dataclass(frozen=True, eq=False)
class When(Expr):
    """``then`` if ``cond`` is true, else ``otherwise`` (an unknown condition takes ``otherwise``,
    exactly like ``pl.when``)."""

    cond: Expr
    then: Expr
    otherwise: Expr

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        branch = self.then if self.cond.ev(row, env) is True else self.otherwise
        return branch.ev(row, env)

    def pl(self, env: Env) -> pl.Expr:
        return pl.when(self.cond.pl(env)).then(self.then.pl(env)).otherwise(self.otherwise.pl(env))

    def features(self) -> set[str]:
        return self.cond.features() | self.then.features() | self.otherwise.features()


@dataclass(frozen=True, eq=False)
class AddMonths(Expr):
    """BGB period end (see dates.py); ``months`` is an int or the name of a dated parameter."""

    start: Expr
    months: int | str
    scale: int = 1  # e.g. 12 when `months` names a parameter given in years

    def _months(self, env: Env) -> int | None:
        """None while the parameter is not in force (the norm did not exist yet)."""
        value = self.months if isinstance(self.months, int) else env.params[self.months]
        return None if value is None else int(value) * self.scale

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        start, months = self.start.ev(row, env), self._months(env)
        return None if start is None or months is None else add_months(start, months)

    def pl(self, env: Env) -> pl.Expr:
        months = self._months(env)
        if months is None:
            return pl.lit(None, dtype=pl.Date)
        return pl_add_months(self.start.pl(env), months)

    def features(self) -> set[str]:
        return self.start.features()


@dataclass(frozen=True, eq=False)
class AddDays(Expr):
    start: Expr
    days: Expr

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        start, days = self.start.ev(row, env), self.days.ev(row, env)
        return None if start is None or days is None else start + timedelta(days=int(days))

    def pl(self, env: Env) -> pl.Expr:  # on day numbers: much cheaper than a pl.duration
        days = self.start.pl(env).cast(pl.Int32) + self.days.pl(env)
        return days.cast(pl.Date)

    def features(self) -> set[str]:
        return self.start.features() | self.days.features()


@dataclass(frozen=True, eq=False)
class Plus(Expr):
    left: Expr
    right: Expr

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        a, b = self.left.ev(row, env), self.right.ev(row, env)
        return None if a is None or b is None else a + b

    def pl(self, env: Env) -> pl.Expr:
        return self.left.pl(env) + self.right.pl(env)

    def features(self) -> set[str]:
        return self.left.features() | self.right.features()


@dataclass(frozen=True, eq=False, init=False)
class Earliest(_Nary):
    """Earliest of the known dates (unknown ones skipped); unknown if none is known."""

    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        known = [v for v in (p.ev(row, env) for p in self.parts) if v is not None]
        return min(known) if known else None

    def pl(self, env: Env) -> pl.Expr:
        if not self.parts:
            return pl.lit(None, dtype=pl.Date)
        return pl.min_horizontal(*(p.pl(env) for p in self.parts))


@dataclass(frozen=True, eq=False, init=False)
class Latest(_Nary):
    """Latest of the dates; unknown if any is unknown (a projection needs every part)."""

    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        values = [p.ev(row, env) for p in self.parts]
        return None if any(v is None for v in values) else max(values)

    def pl(self, env: Env) -> pl.Expr:
        parts = [p.pl(env) for p in self.parts]
        any_null = pl.any_horizontal(*(p.is_null() for p in parts))
        return pl.when(any_null).then(None).otherwise(pl.max_horizontal(*parts))


@dataclass(frozen=True, eq=False, init=False)
class Coalesce(_Nary):
    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        for part in self.parts:
            value = part.ev(row, env)
            if value is not None:
                return value
        return None

    def pl(self, env: Env) -> pl.Expr:
        return pl.coalesce(*(p.pl(env) for p in self.parts))


def F(name: str) -> Feat:
    return Feat(name)


def between(certain: Expr, possible: Expr) -> Expr:
    """Tri from bounds: true if `certain` holds, false if not even `possible` holds, else unknown.

    Used where unknown facts give a best and a worst case (conviction sums, age ranges).
    """
    return And(Or(certain, UNKNOWN), possible)


def is_true(value: Expr) -> Expr:
    """Unknown counts as false (for flags that only *add* information, never decide)."""
    return Coalesce(value, Lit(False))


@dataclass(frozen=True, eq=False)
class IsNull(Expr):
    part: Expr

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return self.part.ev(row, env) is None

    def pl(self, env: Env) -> pl.Expr:
        return self.part.pl(env).is_null()

    def features(self) -> set[str]:
        return self.part.features()


@dataclass(frozen=True, eq=False, init=False)
class LatestKnown(_Nary):
    """Latest of the known dates (unknown ones skipped)."""

    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        known = [v for v in (p.ev(row, env) for p in self.parts) if v is not None]
        return max(known) if known else None

    def pl(self, env: Env) -> pl.Expr:
        if not self.parts:
            return pl.lit(None, dtype=pl.Date)
        return pl.max_horizontal(*(p.pl(env) for p in self.parts))


@dataclass(frozen=True, eq=False, init=False)
class CountTrue(_Nary):
    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return sum(1 for p in self.parts if p.ev(row, env) is True)

    def pl(self, env: Env) -> pl.Expr:
        # Counts of a few criteria: one byte per row is enough (memory of the 1M batch).
        if not self.parts:
            return pl.lit(0, dtype=pl.Int8)
        return pl.sum_horizontal(*(p.pl(env).fill_null(False).cast(pl.Int8)
                                   for p in self.parts)).cast(pl.Int8)


@dataclass(frozen=True, eq=False)
class MapValues(Expr):
    """``mapping[value]`` (unknown when the value is unknown or not in the mapping)."""

    part: Expr
    mapping: tuple[tuple[Any, Any], ...]
    dtype: Any = pl.String

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return dict(self.mapping).get(self.part.ev(row, env))

    def pl(self, env: Env) -> pl.Expr:
        return self.part.pl(env).replace_strict(dict(self.mapping), default=None,
                                                return_dtype=self.dtype)

    def features(self) -> set[str]:
        return self.part.features()


@dataclass(frozen=True, eq=False, init=False)
class JoinTexts(_Nary):
    """The known parts joined by commas, in order ("" if none is known) - for lists of ids."""

    parts: tuple[Expr, ...]

    def __init__(self, *parts: Expr) -> None:
        object.__setattr__(self, "parts", parts)

    def ev(self, row: Mapping[str, Any], env: Env) -> Any:
        return ",".join(v for v in (p.ev(row, env) for p in self.parts) if v is not None)

    def pl(self, env: Env) -> pl.Expr:
        if not self.parts:
            return pl.lit("")
        return pl.concat_str(*(p.pl(env) for p in self.parts), separator=",",
                             ignore_nulls=True)
