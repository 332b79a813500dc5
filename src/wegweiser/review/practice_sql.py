"""The definition of the decision-practice counts, and the queries that compute them.

CONDITIONS declares each count once (granted, refused, … "the law allowed it, the office
refused"); it is read as a Django Q here and as a Polars expression by the decision frame
(review.practice_frame), so both paths count the same decisions.

The SQL path: one pass over the decisions, one over the applications, one over the refusals'
reason codes - whatever the number of tables shown. The decisions are grouped once by the
finest cell the page shows (period × norm × team): the counts of every table are sums over
these cells, done in Python over a few hundred rows. The days from application to decision
travel as one list per cell, from which Polars takes the median and the 90th percentile of
each table's rows exactly (linear interpolation, as PostgreSQL's percentile_cont) -
percentiles cannot be summed, so they are not pre-aggregated. quantiles_from_counts gives the
same quantiles from how often each number of days occurs (the frame path).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import polars as pl
from django.db import connection, transaction
from django.db.models import (
    CharField,
    Count,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    StringAgg,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, ExtractQuarter, ExtractYear

from wegweiser.cases.models.decision import Discretion, Outcome

GRANTED = (Outcome.GRANTED, Outcome.PARTLY)
LAW_ALLOWED = ("entitlement", "should", "may")
LAW_DENIED = ("not_met", "blocked")


@dataclass(frozen=True)
class Condition:
    """A condition a decision meets: every named column holds one of its values, and none of
    the `excluded` columns holds one of theirs. Declared once, read as a Django Q (the queries
    here) and as a Polars expression (the decision frame, review.practice_frame)."""

    among: tuple[tuple[str, tuple[str, ...]], ...] = ()
    excluded: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def q(self) -> Q:
        condition = Q(**{f"{name}__in": values for name, values in self.among})
        for name, values in self.excluded:
            condition &= ~Q(**{f"{name}__in": values})
        return condition

    def expr(self) -> pl.Expr:
        parts = [pl.col(name).is_in(values) for name, values in self.among]
        parts += [~pl.col(name).is_in(values) for name, values in self.excluded]
        return pl.all_horizontal(parts)


def _where(*, but_not: Mapping[str, tuple[str, ...]] | None = None,
           **among: tuple[str, ...]) -> Condition:
    return Condition(tuple((name, tuple(str(v) for v in values)) for name, values in among.items()),
                     tuple((name, tuple(str(v) for v in values))
                           for name, values in (but_not or {}).items()))


# Withdrawn before a decision: no decision on the merits.
MERITS: Mapping[str, tuple[str, ...]] = {"outcome": (Outcome.WITHDRAWN,)}

# The counts of a table row, each as the condition a decision must meet - the one definition.
CONDITIONS: dict[str, Condition] = {
    "granted": _where(outcome=GRANTED),
    "refused": _where(outcome=(Outcome.REFUSED,)),
    "duldung": _where(outcome=(Outcome.DULDUNG_INSTEAD,)),
    "withdrawn": _where(outcome=(Outcome.WITHDRAWN,)),
    "in_favour": _where(discretion=(Discretion.IN_FAVOUR,), but_not=MERITS),
    "against": _where(discretion=(Discretion.AGAINST,), but_not=MERITS),
    "not_exercised": _where(discretion=(Discretion.NOT_EXERCISED,), but_not=MERITS),
    "law_allowed_refused": _where(snapshot_verdict=LAW_ALLOWED, outcome=(Outcome.REFUSED,)),
    "law_denied_granted": _where(snapshot_verdict=LAW_DENIED, outcome=GRANTED),
}
FLAGS: dict[str, Q] = {name: condition.q() for name, condition in CONDITIONS.items()}
ON_THE_MERITS = _where(but_not=MERITS)  # the days to a decision count for these only
NOT_WITHDRAWN = ON_THE_MERITS.q()
CELL = ("k_year", "k_quarter", "k_norm", "k_team")
WORK_MEM = "32MB"  # for the practice queries only (SET LOCAL)


class DaysBetween(Func):
    """Whole days from the second date column to the first, on PostgreSQL and SQLite."""

    output_field = IntegerField()
    template = "(%(expressions)s)"  # PostgreSQL: date - date is a number of days
    arg_joiner = " - "

    def as_sqlite(self, compiler, connection, **extra_context):
        end_sql, end_params = compiler.compile(self.source_expressions[0])
        start_sql, start_params = compiler.compile(self.source_expressions[1])
        return (f"CAST(julianday({end_sql}) - julianday({start_sql}) AS INTEGER)",
                [*end_params, *start_params])


# The decision carries its application's received date (cases 0016): no join to applications.
DAYS = DaysBetween(F("decided_on"), F("received_on"))


def _period(grain: str, day_field: str) -> dict[str, Any]:
    quarter = ExtractQuarter(day_field) if grain == "quarter" else Value(0)
    return {"k_year": ExtractYear(day_field), "k_quarter": quarter}


def among(ids: list[int]) -> RawSQL:
    """A set of ids for `field__in=...`, as one parameter: a constellation may match tens of
    thousands of persons, and an IN list with a parameter each is slow (PostgreSQL: the client
    interpolates every one) or too long (SQLite allows 32,766)."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (list(ids),))
    return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(list(ids)),))


def decision_cells(decisions: QuerySet, grain: str) -> list[dict[str, Any]]:
    """Per period × norm × team: every count, and the days of the decisions on the merits as
    one comma-separated text ("days"). One query."""
    counts = {name: Count("pk", filter=condition) for name, condition in FLAGS.items()}
    days = StringAgg(Cast(DAYS, CharField()), delimiter=Value(","), filter=NOT_WITHDRAWN)
    return list(decisions
                .annotate(**_period(grain, "decided_on"), k_norm=F("pathway_id"),
                          k_team=F("team_id"))
                .values(*CELL).annotate(decisions=Count("pk"), **counts, days=days)
                .order_by())


@contextmanager
def grouping_memory() -> Iterator[None]:
    """A transaction whose queries may group in WORK_MEM (PostgreSQL). The days lists of ~1,500
    quarter cells outgrow the default work_mem (4 MB): the planner then sorts 300,000 rows on
    disk instead of hashing them (780 -> 340 ms)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL work_mem = '{WORK_MEM}'")
        yield


def application_cells(applications: QuerySet, grain: str) -> list[dict[str, Any]]:
    """Applications per period × norm (they belong to no team). One query."""
    return list(applications.annotate(**_period(grain, "received_on"), k_norm=F("pathway_id"))
                .values("k_year", "k_quarter", "k_norm").annotate(applications=Count("pk"))
                .order_by())


def days_frame(cells: list[dict[str, Any]], keys: dict[str, list]) -> pl.DataFrame:
    """One row per decision on the merits: its days and its cell's key of each table."""
    frame = pl.DataFrame({"days": [cell["days"] or "" for cell in cells], **keys},
                         schema={"days": pl.String, **dict.fromkeys(keys, pl.String)})
    return (frame.with_columns(pl.col("days").str.split(",")).explode("days")
            .filter(pl.col("days") != "").with_columns(pl.col("days").cast(pl.Int64)))


def quantiles(frame: pl.DataFrame, by: str | None, shares: dict[str, float]) -> dict[Any, dict]:
    """{key: {name: quantile}} of the days per value of column `by` (None: over all rows)."""
    columns = [pl.col("days").quantile(share, interpolation="linear").alias(name)
               for name, share in shares.items()]
    if by is None:
        return {None: frame.select(columns).row(0, named=True)} if frame.height else {}
    return {row.pop(by): row for row in frame.group_by(by).agg(columns).iter_rows(named=True)}


def quantiles_from_counts(counts: pl.DataFrame, by: list[str], value: str, count: str,
                          shares: dict[str, float]) -> dict[Any, dict]:
    """The same quantiles as `quantiles`, from how often each whole `value` occurs per group
    ({key tuple: {name: quantile}}; by=[]: the key ()).

    A group's values in order are its counts' values repeated; the quantile with linear
    interpolation needs only the two values around the position h = (n - 1) × share, found
    from the running count - and is then computed as Polars does ((h - ⌊h⌋) × (upper - lower)
    + lower), so the figures are equal to the last bit
    (tests/review/test_quantiles_from_counts_equal_polars.py). Counting first is what makes
    it fast: a group_by over the decisions instead of sorting each group's days."""
    counts = counts.filter(pl.col(value).is_not_null() & (pl.col(count) > 0))
    if not by:
        counts = counts.group_by(value).agg(pl.col(count).sum()).with_columns(
            pl.lit(0).alias("_all"))
    keys = by or ["_all"]
    ordered = counts.sort([*keys, value]).with_columns(
        pl.col(count).cum_sum().over(keys).alias("_upto"),
        pl.col(count).sum().over(keys).alias("_n"))
    bounds = []
    for name, share in shares.items():
        position = (pl.col("_n") - 1).cast(pl.Float64) * share
        for end, rank in (("lower", position.floor()), ("upper", position.ceil())):
            bounds.append(pl.col(value).filter(pl.col("_upto") > rank).first()
                          .alias(f"{name}:{end}"))
    found: dict[Any, dict] = {}
    for row in ordered.group_by(keys).agg(pl.col("_n").first(), *bounds).iter_rows(named=True):
        key = tuple(row[column] for column in by)
        found[key] = {}
        for name, share in shares.items():
            lower, upper = float(row[f"{name}:lower"]), float(row[f"{name}:upper"])
            position = (row["_n"] - 1) * share
            found[key][name] = lower if lower == upper else (
                (position - math.floor(position)) * (upper - lower) + lower)
    return found


def reason_counts(refusals: QuerySet) -> list[tuple[str, int]]:
    """(code, refusals) for every reason code of the refusals, most frequent first."""
    sql, params = refusals.values("id", "reasons").order_by().query.sql_with_params()
    if connection.vendor == "postgresql":
        # Each code once per decision (DISTINCT per row is cheaper than a DISTINCT count).
        elements = ("CROSS JOIN LATERAL (SELECT DISTINCT value FROM jsonb_array_elements_text("
                    "CASE WHEN jsonb_typeof(d.reasons) = 'array' THEN d.reasons "
                    "ELSE '[]'::jsonb END)) AS r")
        count = "COUNT(*)"
    else:
        elements = ("CROSS JOIN json_each(CASE WHEN json_type(d.reasons) = 'array' "
                    "THEN d.reasons ELSE '[]' END) AS r")
        count = "COUNT(DISTINCT d.id)"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT r.value, {count} FROM ({sql}) d {elements} "
                       "GROUP BY r.value ORDER BY 2 DESC, 1", params)
        return cursor.fetchall()
