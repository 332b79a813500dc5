"""Decision-practice figures (Entscheidungspraxis): per period, norm and team - never per person.

Definitions (also in docs/user-guide/entscheidungspraxis.md):

* a decision counts in the period of its date (`decided_on`); an application in the period it
  was received; "withdrawn before a decision" is listed but is no decision on the merits;
* grant rate = (granted + partly granted) / (decisions - withdrawn); "Duldung instead of a
  residence permit" counts as not granted;
* time to decision = days from receipt of the application to the decision (withdrawals left
  out), as median and 90th percentile (linear interpolation, as PostgreSQL's percentile_cont);
* "the law allowed it, the office refused": refused although the screening verdict frozen on the
  decision day was entitlement, should or may; the reverse: granted (or partly) although it was
  not_met or blocked.

The counts are declared once (review.practice_sql.CONDITIONS). A new selection is computed
from the process's frame of the authority's decisions and applications (review.practice_frame,
decision 0022): a filter and one group_by per table, tens of milliseconds for 300,000
decisions. The SQL path - one statement over the decisions, one over the applications, one for
the reason codes - is the same definition read by the database; it serves when frames are off
(WEGWEISER_PRACTICE_FRAME_SECONDS=0), and the tests hold the frame to it. Team cells are
suppressed below settings.WEGWEISER_TEAM_MIN_DECISIONS (decision 0006), on either path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import polars as pl
from django.db.models import QuerySet

from wegweiser.cases.models import Application, Decision
from wegweiser.cases.models.decision import Outcome

from . import practice_frame
from . import practice_sql as sql
from .practice_sql import FLAGS, GRANTED

__all__ = ["GRANTED", "Figures", "Row", "Selection", "figures"]

QUANTILES = {"median_days": 0.5, "p90_days": 0.9}


@dataclass(frozen=True)
class Selection:
    """What the page shows: a date range, its grain, and the optional filters."""

    start: date
    end: date
    grain: str = "year"  # "year" or "quarter"
    pathway_id: str | None = None  # None: every norm; "" : applications without a norm
    team_id: int | None = None  # 0: decisions without a team
    person_ids: Any = None  # a constellation's persons (queryset or list), None: everyone

    @property
    def team_scoped(self) -> bool:
        return self.team_id is not None


@dataclass
class Row:
    """One line of a table: counts and times of the decisions of one group."""

    key: Any
    label: str = ""
    applications: int | None = None
    decisions: int = 0
    granted: int = 0
    refused: int = 0
    duldung: int = 0
    withdrawn: int = 0
    in_favour: int = 0
    against: int = 0
    not_exercised: int = 0
    law_allowed_refused: int = 0
    law_denied_granted: int = 0
    median_days: float | None = None
    p90_days: float | None = None
    suppressed: bool = False

    @property
    def decided(self) -> int:
        """Decisions on the merits: every decision but a withdrawal."""
        return self.decisions - self.withdrawn

    @property
    def grant_rate(self) -> float | None:
        """Granted or partly granted, in percent of the decisions on the merits."""
        return round(100 * self.granted / self.decided, 1) if self.decided else None


@dataclass
class Figures:
    selection: Selection
    minimum: int
    total: Row
    periods: list[Row]
    norms: list[Row]
    teams: list[Row]
    reasons: list[Row] = field(default_factory=list)


# --- querysets ---------------------------------------------------------------------------------

def decisions(selection: Selection) -> QuerySet[Decision]:
    rows = Decision.objects.filter(decided_on__gte=selection.start, decided_on__lte=selection.end)
    if selection.pathway_id is not None:
        rows = rows.filter(pathway_id=selection.pathway_id)
    if selection.team_id == 0:
        rows = rows.filter(team__isnull=True)
    elif selection.team_id is not None:
        rows = rows.filter(team_id=selection.team_id)
    if selection.person_ids is not None:
        rows = rows.filter(person_id__in=sql.among(selection.person_ids))
    return rows


def applications(selection: Selection) -> QuerySet[Application]:
    """Applications received in the range (they belong to no team: the team filter ignores them)."""
    rows = Application.objects.filter(received_on__gte=selection.start,
                                      received_on__lte=selection.end)
    if selection.pathway_id is not None:
        rows = rows.filter(pathway_id=selection.pathway_id)
    if selection.person_ids is not None:
        rows = rows.filter(person_id__in=sql.among(selection.person_ids))
    return rows


# --- the tables --------------------------------------------------------------------------------

GROUPINGS = ("period", "norm", "team")


def _key(grouping: str, cell: dict[str, Any]) -> tuple:
    if grouping == "period":
        year, quarter = int(cell["k_year"]), int(cell["k_quarter"] or 0)
        return (year, quarter) if quarter else (year,)
    return (cell["k_norm"],) if grouping == "norm" else (cell["k_team"],)


def _tag(key: tuple) -> str:
    """A key as text, the same for every kind of key (a column of the days frame)."""
    return "|".join("" if part is None else str(part) for part in key)


def _tables(selection: Selection) -> tuple[dict[str, dict[tuple, Row]], dict]:
    """The rows of the three tables and the time-to-decision quantiles of all decisions."""
    cells = sql.decision_cells(decisions(selection), selection.grain)
    tables: dict[str, dict[tuple, Row]] = {grouping: {} for grouping in GROUPINGS}
    for cell in cells:
        for grouping in GROUPINGS:
            key = _key(grouping, cell)
            row = tables[grouping].setdefault(key, Row(key=key))
            for name in ("decisions", *FLAGS):
                setattr(row, name, getattr(row, name) + cell[name])
    for cell in sql.application_cells(applications(selection), selection.grain):
        for grouping in ("period", "norm"):
            key = _key(grouping, cell)
            row = tables[grouping].setdefault(key, Row(key=key))
            row.applications = (row.applications or 0) + cell["applications"]
    frame = sql.days_frame(cells, {g: [_tag(_key(g, cell)) for cell in cells] for g in GROUPINGS})
    for grouping, rows in tables.items():
        found = sql.quantiles(frame, grouping, QUANTILES)
        for key, row in rows.items():
            for name, value in found.get(_tag(key), {}).items():
                setattr(row, name, value)
    return tables, sql.quantiles(frame, None, QUANTILES).get(None, {})


def _finish(row: Row) -> Row:
    if row.applications is None:
        row.applications = 0
    return row


def periods_in(selection: Selection) -> list[tuple]:
    """Every year or quarter the range touches, in order (empty ones too)."""
    keys: list[tuple] = []
    for year in range(selection.start.year, selection.end.year + 1):
        if selection.grain != "quarter":
            keys.append((year,))
            continue
        for quarter in range(1, 5):
            first_month, last_month = 3 * quarter - 2, 3 * quarter
            if (year, last_month) >= (selection.start.year, selection.start.month) and \
                    (year, first_month) <= (selection.end.year, selection.end.month):
                keys.append((year, quarter))
    return keys


def period_label(key: tuple) -> str:
    return f"{key[0]}" if len(key) == 1 else f"{key[0]}/Q{key[1]}"


def _periods(found: dict[tuple, Row], selection: Selection) -> list[Row]:
    rows = []
    for key in periods_in(selection):
        row = _finish(found.get(key) or Row(key=key))
        row.label = period_label(key)
        rows.append(row)
    return rows


def _total(periods: list[Row], times: dict) -> Row:
    """All decisions of the range: the sum of its periods, which cover it."""
    total = Row(key=(), applications=0, **times)
    for row in periods:
        for name in ("applications", "decisions", *FLAGS):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    return total


def _norms(found: dict[tuple, Row]) -> list[Row]:
    """One row per norm with an application or a decision, in the order of the pathways."""
    from wegweiser.law.statute.pathways import ALL_PATHWAYS

    order = [p.id for p in ALL_PATHWAYS]
    keys = sorted(found, key=lambda k: (order.index(k[0]) if k[0] in order else len(order), k[0]))
    return [_finish(found[key]) for key in keys]


def _teams(found: dict[tuple, Row]) -> list[Row]:
    """One row per team that decided in the range (no row names a person); applications
    belong to no team."""
    rows = [_finish(found[key]) for key in sorted(found, key=lambda k: (k[0] is None, k[0] or 0))]
    for row in rows:
        row.applications = None
    return rows


def refusal_reasons(selection: Selection) -> list[Row]:
    """Refusals per reason code (a refusal with two reasons counts for both)."""
    refusals = decisions(selection).filter(outcome=Outcome.REFUSED)
    return [Row(key=(code,), label=str(code), decisions=n, refused=n)
            for code, n in sql.reason_counts(refusals)]


# --- suppression -------------------------------------------------------------------------------

def suppress(rows: Iterable[Row], minimum: int) -> None:
    """Hide every row resting on fewer than `minimum` decisions (decision 0006).

    If exactly one hidden row has decisions, the smallest shown row is hidden too: otherwise
    the hidden one would follow from the total shown beside it.
    """
    rows = list(rows)
    for row in rows:
        row.suppressed = row.decisions < minimum
    shown = sorted((row for row in rows if not row.suppressed), key=lambda r: r.decisions)
    if len([row for row in rows if row.suppressed and row.decisions]) == 1 and shown:
        shown[0].suppressed = True


def figures(selection: Selection, minimum: int, mark: practice_frame.Mark | None = None,
            ) -> Figures:
    """Every table of the page, from the decision frame of the current authority scope
    (review.practice_frame; `mark`: the scope's data mark, if just read); from SQL when frames
    are switched off."""
    if practice_frame.enabled():
        return figures_from_frame(selection, minimum, mark)
    return figures_from_queries(selection, minimum)


def figures_from_queries(selection: Selection, minimum: int) -> Figures:
    """The figures from one query over the decisions, one over the applications and one over
    the reason codes (review.practice_sql)."""
    with sql.grouping_memory():
        tables, times = _tables(selection)
        reasons = refusal_reasons(selection)
    return _assembled(selection, minimum, tables, times, reasons)


def figures_from_frame(selection: Selection, minimum: int,
                       mark: practice_frame.Mark | None = None) -> Figures:
    """The same figures as a filter and group_by over the frames (tens of milliseconds)."""
    kept = practice_frame.frames(mark=mark)
    tables, times, reasons = frame_tables(kept.decisions, kept.applications, selection)
    return _assembled(selection, minimum, tables, times, reasons)


def _assembled(selection: Selection, minimum: int, tables: dict[str, dict[tuple, Row]],
               times: dict, reasons: list[Row]) -> Figures:
    """With a team filter every cell is a team cell and is suppressed."""
    periods = _periods(tables["period"], selection)
    result = Figures(selection=selection, minimum=minimum, total=_total(periods, times),
                     periods=periods, norms=_norms(tables["norm"]), teams=_teams(tables["team"]),
                     reasons=reasons)
    suppress(result.teams, minimum)
    if selection.team_scoped:
        result.total.suppressed = result.total.decisions < minimum
        suppress(result.periods, minimum)
        suppress(result.norms, minimum)
        for row in result.reasons:
            row.suppressed = row.decisions < minimum
        for row in [result.total, *result.periods, *result.norms]:
            row.applications = None  # applications belong to no team
    return result


# --- the tables from the frames ----------------------------------------------------------------

def _chosen(selection: Selection, day: str, by_team: bool) -> pl.Expr:
    """The rows of a frame the selection asks for (the same filters as `decisions()` and
    `applications()`)."""
    parts = [pl.col(day).is_between(selection.start, selection.end)]
    if selection.pathway_id is not None:
        parts.append(pl.col("pathway_id") == selection.pathway_id)
    if by_team and selection.team_id == 0:
        parts.append(pl.col("team_id").is_null())
    elif by_team and selection.team_id is not None:
        parts.append(pl.col("team_id") == selection.team_id)
    if selection.person_ids is not None:
        parts.append(pl.col("person_id").is_in(list(selection.person_ids)))
    return pl.all_horizontal(parts)


def _group_columns(grouping: str, grain: str) -> list[str]:
    if grouping == "period":
        return ["year", "quarter"] if grain == "quarter" else ["year"]
    return ["pathway_id"] if grouping == "norm" else ["team_id"]


def frame_tables(decisions: pl.DataFrame, applications: pl.DataFrame, selection: Selection,
                 ) -> tuple[dict[str, dict[tuple, Row]], dict, list[Row]]:
    """The rows of the three tables, the quantiles over all decisions, and the reasons.

    Per table one group_by over the chosen decisions by (row, days): its counts summed per row
    are the row's counts, and how often each number of days occurs gives the exact median and
    90th percentile (practice_sql.quantiles_from_counts). All plans run at once
    (pl.collect_all: the filter is shared, the group_bys run in parallel)."""
    chosen = decisions.lazy().filter(_chosen(selection, "decided_on", by_team=True))
    received = applications.lazy().filter(_chosen(selection, "received_on", by_team=False))
    counts = ["decisions", *FLAGS]
    measures = [pl.len().alias("decisions"), *(pl.col(name).sum() for name in FLAGS)]
    columns = {grouping: _group_columns(grouping, selection.grain) for grouping in GROUPINGS}
    plans = [chosen.group_by([*columns[grouping], "days"]).agg(measures)
             for grouping in GROUPINGS]
    plans += [received.group_by(columns[grouping]).len() for grouping in ("period", "norm")]
    plans.append(chosen.filter(pl.col("refused")).select(pl.col("reasons").explode())
                 .drop_nulls().group_by("reasons").len()
                 .sort(["len", "reasons"], descending=[True, False]))
    *cells, period_applications, norm_applications, reasons = pl.collect_all(plans)
    tables: dict[str, dict[tuple, Row]] = {grouping: {} for grouping in GROUPINGS}
    for grouping, found in zip(GROUPINGS, cells, strict=True):
        keys = columns[grouping]
        times = sql.quantiles_from_counts(found, keys, "days", "decisions", QUANTILES)
        for row in found.group_by(keys).agg(pl.col(counts).sum()).iter_rows(named=True):
            key = tuple(row.pop(column) for column in keys)
            counted: dict[str, Any] = {name: int(n) for name, n in row.items()}
            tables[grouping][key] = Row(key=key, **counted, **times.get(key, {}))
    for grouping, found in (("period", period_applications), ("norm", norm_applications)):
        for row in found.iter_rows(named=True):
            key = tuple(row[column] for column in columns[grouping])
            tables[grouping].setdefault(key, Row(key=key)).applications = row["len"]
    total = sql.quantiles_from_counts(cells[0], [], "days", "decisions", QUANTILES).get((), {})
    return tables, total, [Row(key=(code,), label=code, decisions=n, refused=n)
                           for code, n in reasons.iter_rows()]
