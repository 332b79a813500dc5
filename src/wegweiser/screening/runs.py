"""Screening runs: start one, carry it out (load -> evaluate -> store), compare with the last,
then prune the results of runs older than the kept ones (retention.py).

Every phase writes its progress to the run row, which the worklist polls.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from functools import partial

import polars as pl
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext

from wegweiser.accounts.scoping import authority_scope
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.models import Person
from wegweiser.law.statute.pathways import ALL_PATHWAYS

from .db_source import raw_tables
from .evaluate import SILENT, evaluate_long, verdict_counts
from .frames import fact_frames
from .models import RunStatus, ScreeningResult, ScreeningRun
from .policy import policy_for, snapshot
from .retention import prune_after_run

POSITIVE = ("entitlement", "should", "may")  # "met now"
Progress = Callable[[str, int, int], None]  # (label, done, total)
STORE_BATCH = 5_000



# Sent after a run has stored its results; the hardship review builds its constellation data
# of that day in the same background job (review.apps), so web processes start warm.
run_done = Signal()

def start_run(user, as_of: date, request=None) -> ScreeningRun:
    """Create the run and hand it to the task queue once the row is committed."""
    from .tasks import run_screening

    run = ScreeningRun.objects.create(authority_id=user.authority_id, as_of=as_of, started_by=user)
    record(user, AuditAction.CREATE, target=f"Prüflauf {run.pk}",
           detail={"record": "screeningrun", "id": run.pk, "as_of": as_of.isoformat()},
           request=request)
    transaction.on_commit(partial(run_screening.enqueue, run.pk))
    return run


def execute(run: ScreeningRun, progress: Progress | None = None) -> None:
    """Carry out the run; on any error the run is marked failed (and nothing half-stored).

    ``progress(label, done, total)`` is told as the files are read and the persons checked
    (e.g. cli_run.Bar on a terminal); the run row is updated either way.
    """
    phases: dict[str, float] = {}
    began = time.perf_counter()
    show = progress or _quiet
    # The settings in force now are the ones the run uses - and records, for reproducibility.
    policy = policy_for(run.authority_id)
    _set(run, status=RunStatus.LOADING, started_at=timezone.now(), policy=snapshot(policy))
    persons = Person.unscoped.filter(authority_id=run.authority_id)
    _set(run, persons_total=persons.count())
    with _timed(phases, "load"):
        raw = raw_tables(persons, progress=lambda _phase, done, total: show(
            gettext("Lesen"), done, total))
    with _timed(phases, "frames"):
        frames = fact_frames(raw, run.as_of)
    _set(run, status=RunStatus.EVALUATING)

    def checked(done: int, total: int) -> None:
        _set(run, persons_done=done)
        show(gettext("Prüfung"), done, total)

    with _timed(phases, "evaluate"):
        long = evaluate_long(frames, run.as_of, policy, progress=checked)
    _set(run, status=RunStatus.STORING)
    with _timed(phases, "store"), transaction.atomic():
        _store(run, long, _person_columns(raw.persons, run.as_of))
        counts = {"verdicts": verdict_counts(long), **diff_counts(run)}
    _set(run, status=RunStatus.DONE, finished_at=timezone.now(), counts=counts, phases=phases,
         duration_seconds=round(time.perf_counter() - began, 3),
         rule_versions={p.id: p.version_on(run.as_of, policy) for p in ALL_PATHWAYS})
    # Retention: the results of older runs are personal data no longer needed (retention.py).
    prune_after_run(run)
    run_done.send(sender=ScreeningRun, run=run)


def run_now(authority_id: int, as_of: date, progress: Progress | None = None) -> ScreeningRun:
    """A run carried out at once, in this process, by the system (the demo; the web starts
    runs as tasks).  A failure marks the run failed and is raised."""
    run = ScreeningRun.unscoped.create(authority_id=authority_id, as_of=as_of)
    record(None, AuditAction.CREATE, authority_id=authority_id, target=f"Prüflauf {run.pk}",
           detail={"record": "screeningrun", "id": run.pk, "as_of": as_of.isoformat()})
    with authority_scope(authority_id):
        try:
            execute(run, progress)
        except Exception:
            mark_failed(run)
            raise
    return run


def mark_failed(run: ScreeningRun) -> None:
    _set(run, status=RunStatus.FAILED, finished_at=timezone.now(),
         message=gettext("Bei der Prüfung ist ein unerwarteter Fehler aufgetreten."))


def _quiet(label: str, done: int, total: int) -> None:
    """No progress to show: the run row alone tells the worklist."""


class _timed:
    def __init__(self, phases: dict[str, float], name: str):
        self.phases, self.name = phases, name

    def __enter__(self):
        self.began = time.perf_counter()

    def __exit__(self, *exc):
        self.phases[self.name] = round(time.perf_counter() - self.began, 3)


def give_up(run: ScreeningRun) -> None:
    """Mark a run whose worker vanished as failed, so that a new run can start."""
    _set(run, status=RunStatus.FAILED, finished_at=timezone.now(),
         message=gettext("Abgebrochen: Die Verarbeitung hat sich nicht mehr gemeldet."))


def _set(run: ScreeningRun, **values) -> None:
    for name, value in values.items():
        setattr(run, name, value)
    ScreeningRun.unscoped.filter(pk=run.pk).update(**values)


def _person_columns(persons: pl.DataFrame, as_of: date) -> pl.DataFrame:
    """Months of the current Duldung chain (as the case list counts them) per person."""
    since = pl.col("duldung_chain_since")
    months = ((as_of.year - since.dt.year()) * 12 + (as_of.month - since.dt.month())
              - (since.dt.day() > as_of.day).cast(pl.Int32))
    return persons.select("person_id", months.clip(lower_bound=0).alias("toleration_months"))


STORED = ("run_id", "authority_id", "person_id", "pathway_id", "verdict", "pending_date",
          "deadline", "summary", "exceptions_open", "toleration_months", "p104c_holder",
          "floor", "upgrade_on", "deciding")


def _store(run: ScreeningRun, long: pl.DataFrame, persons: pl.DataFrame) -> None:
    """Plain parameterised INSERTs: bulk_create spent 90 % of a run building SQL per value
    (bench/bench_screening_db.py), executemany sends the same rows ten times faster."""
    rows = (long.filter(~pl.col("verdict").is_in(list(SILENT)))
            .join(persons, on="person_id", how="left")
            .with_columns(pl.lit(run.pk).alias("run_id"), pl.lit(run.authority_id).alias(
                "authority_id"), pl.col("person_id").cast(pl.Int64),
                pl.col("summary").str.slice(0, 300), pl.col("exceptions_open").fill_null(0),
                pl.col("floor").fill_null(""), pl.col("deciding").fill_null("").str.slice(0, 500))
            .select(STORED))
    table = connection.ops.quote_name(ScreeningResult._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(c) for c in STORED)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(STORED))})"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), STORE_BATCH):
            cursor.executemany(sql, rows.slice(start, STORE_BATCH).rows())


def previous_run(run: ScreeningRun) -> ScreeningRun | None:
    return (ScreeningRun.unscoped.filter(authority_id=run.authority_id, status=RunStatus.DONE,
                                         pk__lt=run.pk).order_by("-pk").first())


def changes(run: ScreeningRun, kind: str) -> QuerySet[ScreeningResult]:
    """Set-based diff of "met now" pairs (person, pathway): ``new`` since the previous run,
    or ``gone`` (met in the previous run, not any more; rows of the previous run)."""
    before = previous_run(run)
    if before is None:
        return ScreeningResult.unscoped.none()
    this, other = (run, before) if kind == "new" else (before, run)
    match = ScreeningResult.unscoped.filter(run=other, person_id=OuterRef("person_id"),
                                            pathway_id=OuterRef("pathway_id"),
                                            verdict__in=POSITIVE)
    return ScreeningResult.unscoped.filter(run=this, verdict__in=POSITIVE).exclude(Exists(match))


def diff_counts(run: ScreeningRun) -> dict[str, int | None]:
    if previous_run(run) is None:
        return {"new": None, "gone": None}
    return {"new": changes(run, "new").count(), "gone": changes(run, "gone").count()}


def latest_run(authority_id: int, done_only: bool = False) -> ScreeningRun | None:
    runs = ScreeningRun.unscoped.filter(authority_id=authority_id)
    if done_only:
        runs = runs.filter(status=RunStatus.DONE)
    return runs.order_by("-pk").first()
