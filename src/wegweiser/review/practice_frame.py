"""The decisions and applications of an authority as two Polars frames, kept per web process.

The first computation of a selection used to read up to 300,000 decisions from the database
(one grouped query, about a second on a large office). Kept in memory as a frame, every
selection is a Polars filter and group_by instead (review.practice, tens of milliseconds).

Per decision the frame holds what the figures read: person, decision day (with year and
quarter), norm, team, the days from application to decision on the merits, the reason codes,
and one boolean column per count of review.practice_sql.CONDITIONS - computed from the same
declarations the SQL path filters by, so the meanings live in one place.

Every write of a decision or an application goes through a door that leaves a history row
(cases.decisions, the importer's bulk writes: interop.bulk). Before a frame is used, the newest
history row of either table is compared with the one the frame was brought up to: if newer, the
rows named by the history rows since then (a few before too, LOOKBACK, for a transaction that
committed late) are read again and replaced - a new decision counts at once. The frame is built
again in full when the team list changed (a removed team sets its decisions' team to none
without history), when the history row it was brought up to is gone or different (a reset or
restored database), when more than CHANGES_LOOKED_AT rows changed, or after
WEGWEISER_PRACTICE_FRAME_SECONDS (a safety net for writes that bypass the doors, such as the
demo generator). 0 keeps no frame: the figures then come straight from SQL (review.practice).

Each built frame is also written as Parquet beside the constellation frames
(WEGWEISER_CONSTELLATION_FRAME_DIR, review.frame_store), so that a new web process loads it in
milliseconds; a stored frame is used only if, once brought up to date, it has exactly the
number of rows and the highest id the database has.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import polars as pl
from django.conf import settings
from django.db import connection
from django.db.models import Count, Max, QuerySet

from wegweiser.accounts.models import Team
from wegweiser.accounts.scoping import current_authority_id
from wegweiser.cases.models import Application, Decision

from .practice_sql import CONDITIONS, ON_THE_MERITS

# More changed rows than this since the last look: build the frame again instead of patching.
CHANGES_LOOKED_AT = 2000
# History rows before the last one seen that are read again: a transaction that took its
# history id earlier but committed later is not missed.
LOOKBACK = 50
KEEP_FRAMES = 8  # authorities per process

DECISION_FIELDS = ("id", "person_id", "application_id", "decided_on", "received_on",
                   "pathway_id", "team_id", "outcome", "discretion", "snapshot_verdict",
                   "reasons")
DECISION_SCHEMA = {"id": pl.Int64, "person_id": pl.Int64, "application_id": pl.Int64,
                   "decided_on": pl.Date, "received_on": pl.Date, "pathway_id": pl.String,
                   "team_id": pl.Int64, "outcome": pl.String, "discretion": pl.String,
                   "snapshot_verdict": pl.String, "reasons": pl.List(pl.String)}
APPLICATION_FIELDS = ("id", "person_id", "received_on", "pathway_id")
APPLICATION_SCHEMA = {"id": pl.Int64, "person_id": pl.Int64, "received_on": pl.Date,
                      "pathway_id": pl.String}


@dataclass(frozen=True)
class Mark:
    """How far the data have come: the newest history row of decisions and of applications
    (id and time, so that a reset database with the same id is told apart) and the teams."""

    decisions: tuple[int, str] | None
    applications: tuple[int, str] | None
    teams: tuple[int, int | None]

    def version(self) -> str:
        """A short text that changes with every write (the figures' cache key)."""
        first = self.decisions[0] if self.decisions else None
        second = self.applications[0] if self.applications else None
        return f"{first}/{second}/{self.teams[0]}/{self.teams[1]}"


@dataclass
class PracticeFrames:
    scope: int | None  # the authority, None: a system context (every authority)
    decisions: pl.DataFrame
    applications: pl.DataFrame
    mark: Mark
    built_at: float  # wall-clock seconds


_frames: dict[int | None, PracticeFrames] = {}
_lock = threading.Lock()


def enabled() -> bool:
    return settings.WEGWEISER_PRACTICE_FRAME_SECONDS > 0


def frames(scope: int | None = None, mark: Mark | None = None) -> PracticeFrames:
    """The frames of the current authority scope (or `scope`), brought up to the data's present
    state (`mark`: that scope's current_mark, if the caller just read it)."""
    scope = current_authority_id() if scope is None else scope
    with _lock:
        mark = mark or current_mark(scope)
        entry = _frames.pop(scope, None)
        if entry is None or not _brought_up_to_date(entry, mark):
            entry = _stored(scope, mark)
        if entry is None:
            entry = build(scope, mark)
            _save(entry)
        _frames[scope] = entry
        while len(_frames) > KEEP_FRAMES:
            _frames.pop(next(iter(_frames)))
        return entry


def forget() -> None:
    """Drop every frame of this process."""
    with _lock:
        _frames.clear()


# --- marks -------------------------------------------------------------------------------------

def _newest(model) -> tuple[int, str] | None:
    row = (model.history.order_by("-history_id").values_list("history_id", "history_date")
           .first())
    return None if row is None else (row[0], row[1].isoformat())


def current_mark(scope: int | None) -> Mark:
    teams = Team.objects.all() if scope is None else Team.objects.filter(authority_id=scope)
    found = teams.aggregate(n=Count("pk"), last=Max("pk"))
    return Mark(_newest(Decision), _newest(Application), (found["n"], found["last"]))


def _still_there(model, seen: tuple[int, str] | None) -> bool:
    if seen is None:
        return True
    day = model.history.filter(history_id=seen[0]).values_list("history_date", flat=True).first()
    return day is not None and day.isoformat() == seen[1]


def _changed_ids(model, seen: tuple[int, str] | None, now: tuple[int, str] | None,
                 ) -> set[int] | None:
    """Ids of the rows written after `seen` up to `now`; None: too many, or history gone."""
    if seen == now:
        return set()
    if now is None or not _still_there(model, seen) or (seen is not None and now[0] < seen[0]):
        return None
    since = 0 if seen is None else max(0, seen[0] - LOOKBACK)
    ids = list(model.history.filter(history_id__gt=since, history_id__lte=now[0])
               .order_by().values_list("id", flat=True).distinct()[:CHANGES_LOOKED_AT + 1])
    return None if len(ids) > CHANGES_LOOKED_AT else set(ids)


def _brought_up_to_date(entry: PracticeFrames, mark: Mark) -> bool:
    """Replace the rows written since the frame's mark; False: build it again."""
    if time.time() - entry.built_at > settings.WEGWEISER_PRACTICE_FRAME_SECONDS:
        return False
    if entry.mark == mark:
        return True
    if entry.mark.teams != mark.teams:
        return False
    decisions = _changed_ids(Decision, entry.mark.decisions, mark.decisions)
    applications = _changed_ids(Application, entry.mark.applications, mark.applications)
    if decisions is None or applications is None:
        return False
    if applications:
        entry.applications = _replaced(entry.applications, applications,
                                       application_frame(_applications(entry.scope)
                                                         .filter(pk__in=applications)))
        # A corrected received date reaches the decision's copy without a decision history row.
        decisions |= set(_decisions(entry.scope).filter(application_id__in=applications)
                         .values_list("pk", flat=True))
    if decisions:
        entry.decisions = _replaced(entry.decisions, decisions,
                                    decision_frame(_decisions(entry.scope)
                                                   .filter(pk__in=decisions)))
    entry.mark = mark
    return True


def _replaced(frame: pl.DataFrame, ids: set[int], fresh: pl.DataFrame) -> pl.DataFrame:
    kept = frame.filter(~pl.col("id").is_in(sorted(ids)))
    return pl.concat([kept, fresh.select(kept.columns)], how="vertical_relaxed")


# --- building ----------------------------------------------------------------------------------

def _decisions(scope: int | None) -> QuerySet[Decision]:
    rows = Decision.unscoped.all()
    return rows if scope is None else rows.filter(authority_id=scope)


def _applications(scope: int | None) -> QuerySet[Application]:
    rows = Application.unscoped.all()
    return rows if scope is None else rows.filter(authority_id=scope)


def build(scope: int | None, mark: Mark) -> PracticeFrames:
    return PracticeFrames(scope, decision_frame(_decisions(scope)),
                          application_frame(_applications(scope)), mark, time.time())


def _fetched(rows: QuerySet, fields: tuple[str, ...], schema: dict) -> pl.DataFrame:
    """The columns of these rows, read with a plain cursor (no model or JSON conversion per
    row: 300,000 decisions in about a second instead of five)."""
    sql, params = rows.order_by().values_list(*fields).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        data = cursor.fetchall()
    columns = list(zip(*data, strict=True)) if data else [() for _ in fields]
    return pl.DataFrame([_series(name, values, schema[name])
                         for name, values in zip(fields, columns, strict=True)])


def _series(name: str, values: Any, dtype: Any) -> pl.Series:
    if dtype == pl.Date:  # date objects, or ISO text where the driver gives text
        series = pl.Series(name, values, strict=False)
        return (series.str.to_date("%Y-%m-%d") if series.dtype == pl.String
                else series.cast(pl.Date))
    if dtype == pl.List(pl.String):  # the reason codes
        return _code_lists(name, values)
    return pl.Series(name, values, dtype=dtype)


def _code_lists(name: str, values: Any) -> pl.Series:
    """The reason codes of each decision from their JSON text, each code once (a refusal with
    a code twice counts once for it); anything but a list counts as no code; a null in the
    list is dropped where the codes are counted."""
    text = pl.Series(name, values, dtype=pl.String, strict=False)
    try:
        return pl.select(
            pl.when(text.str.starts_with("[")).then(text).otherwise(pl.lit("[]"))
            .str.json_decode(pl.List(pl.String)).list.unique().alias(name)).to_series()
    except (pl.exceptions.PolarsError, TypeError):
        return pl.Series(name, [_codes(value) for value in values], dtype=pl.List(pl.String))


def _codes(reasons: Any) -> list[str]:
    """The same, one decision at a time (text or a parsed list)."""
    if isinstance(reasons, str):
        try:
            reasons = json.loads(reasons)
        except ValueError:
            return []
    if not isinstance(reasons, list):
        return []
    return sorted({str(code) for code in reasons if code is not None})


def decision_frame(rows: QuerySet[Decision]) -> pl.DataFrame:
    """One row per decision: what the figures filter and group by, and a column per count."""
    raw = _fetched(rows, DECISION_FIELDS, DECISION_SCHEMA)
    days = (pl.col("decided_on") - pl.col("received_on")).dt.total_days()
    return raw.select(
        "id", "person_id", "application_id", "decided_on",
        pl.col("decided_on").dt.year().alias("year"),
        pl.col("decided_on").dt.quarter().cast(pl.Int32).alias("quarter"),
        "pathway_id", "team_id",
        pl.when(ON_THE_MERITS.expr()).then(days).otherwise(None).alias("days"),
        "reasons", *(condition.expr().alias(name) for name, condition in CONDITIONS.items()))


def application_frame(rows: QuerySet[Application]) -> pl.DataFrame:
    raw = _fetched(rows, APPLICATION_FIELDS, APPLICATION_SCHEMA)
    return raw.with_columns(pl.col("received_on").dt.year().alias("year"),
                            pl.col("received_on").dt.quarter().cast(pl.Int32).alias("quarter"))


# --- on disk -----------------------------------------------------------------------------------

def _directory() -> Path | None:
    configured = settings.WEGWEISER_CONSTELLATION_FRAME_DIR
    return Path(configured) if configured else None


def _stem(scope: int | None) -> str:
    return f"practice-{'all' if scope is None else scope}"


def _save(entry: PracticeFrames) -> None:
    directory = _directory()
    if directory is None:
        return
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)  # personal data: service user only
    stem, pid = _stem(entry.scope), os.getpid()
    # Written under temporary names and renamed: a reader never sees half a file.
    written = []
    for name, frame in (("decisions", entry.decisions), ("applications", entry.applications)):
        partial = directory / f".{stem}-{name}.{pid}.parquet"
        frame.write_parquet(partial)
        written.append((partial, directory / f"{stem}-{name}.parquet"))
    meta = {"mark": asdict(entry.mark), "built_at": entry.built_at}
    partial_meta = directory / f".{stem}.{pid}.json"
    partial_meta.write_text(json.dumps(meta))
    for partial, final in written:
        os.replace(partial, final)
    os.replace(partial_meta, directory / f"{stem}.json")


def remove_stored() -> None:
    """Delete the frames on disk (benchmarks: time a process that finds none)."""
    directory = _directory()
    for path in directory.glob("practice-*") if directory and directory.exists() else ():
        path.unlink(missing_ok=True)


def _stored(scope: int | None, mark: Mark) -> PracticeFrames | None:
    """The frames on disk, brought up to date - if they then match the database exactly."""
    directory = _directory()
    if directory is None:
        return None
    stem = _stem(scope)
    try:
        meta = json.loads((directory / f"{stem}.json").read_text())
        saved = meta["mark"]
        entry = PracticeFrames(
            scope, pl.read_parquet(directory / f"{stem}-decisions.parquet"),
            pl.read_parquet(directory / f"{stem}-applications.parquet"),
            Mark(*(tuple(saved[name]) if saved[name] is not None else None
                   for name in ("decisions", "applications", "teams"))),  # type: ignore[arg-type]
            float(meta["built_at"]))
    except (OSError, ValueError, KeyError, TypeError, pl.exceptions.PolarsError):
        return None  # missing, half-written by an old version, or unreadable: build anew
    if not _brought_up_to_date(entry, mark):
        return None
    for frame, rows in ((entry.decisions, _decisions(scope)),
                        (entry.applications, _applications(scope))):
        found = rows.order_by().aggregate(n=Count("pk"), last=Max("pk"))
        if (found["n"], found["last"]) != (frame.height, frame.get_column("id").max()):
            return None
    return entry

