"""Retention of screening runs: the per-person results of old runs are deleted.

A result row names a person and the pathway they do or do not meet - personal data, kept only
as long as the work needs it (Art. 5 Abs. 1 lit. c and e DSGVO).  The worklist shows the
latest completed run and compares it with the one before; nothing reads older results.  So,
per authority, the results of the latest ``WEGWEISER_SCREENING_KEEP_RUNS`` completed runs stay
(at least two, for the comparison), and so do those of every newer run - a failed or still
running one is never touched.  The results of all older finished runs are deleted in one
statement per authority; their run row stays as a statistical record without personal data
(Stichtag, rule versions, settings, duration, counts per pathway and verdict).  Every pruning
is written to the audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count

from wegweiser.accounts.scoping import authority_scope
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record

from .models import FINISHED, RunStatus, ScreeningResult, ScreeningRun

logger = logging.getLogger(__name__)
MIN_KEEP = 2  # the latest run and the previous one it is compared with


@dataclass(frozen=True)
class Pruning:
    """What pruning removes (or, in a dry run, would remove) for one authority."""

    authority_id: int
    keep: int
    results_by_run: dict[int, int]  # run id -> result rows

    @property
    def runs(self) -> list[int]:
        return sorted(self.results_by_run)

    @property
    def results(self) -> int:
        return sum(self.results_by_run.values())


def keep_count(keep: int | None = None) -> int:
    return max(settings.WEGWEISER_SCREENING_KEEP_RUNS if keep is None else keep, MIN_KEEP)


def plan(authority_id: int, keep: int | None = None) -> Pruning:
    """Runs of the authority whose results go, with their number of result rows."""
    keep = keep_count(keep)
    runs = ScreeningRun.unscoped.filter(authority_id=authority_id)
    kept = list(runs.filter(status=RunStatus.DONE).order_by("-pk")
                .values_list("pk", flat=True)[:keep])
    if len(kept) < keep:
        return Pruning(authority_id, keep, {})
    older = runs.filter(pk__lt=kept[-1], status__in=FINISHED)
    counts = (ScreeningResult.unscoped.filter(authority_id=authority_id, run__in=older)
              .values("run_id").annotate(n=Count("pk")).order_by())
    return Pruning(authority_id, keep, {row["run_id"]: row["n"] for row in counts})


def prune(authority_id: int, keep: int | None = None, *, user=None) -> Pruning:
    """Delete the results of the runs `plan` names, and write one audit entry for it."""
    with authority_scope(authority_id), transaction.atomic():
        pruning = plan(authority_id, keep)
        if not pruning.runs:
            return pruning
        deleted = _delete_results(authority_id, pruning.runs)
        record(user, AuditAction.DELETE, authority_id=authority_id,
               target=f"Aufbewahrung: {deleted} Prüfergebnisse aus {len(pruning.runs)} "
                      "Prüfläufen gelöscht",
               detail={"record": "screeningresult", "reason": "retention",
                       "runs": pruning.runs, "results": deleted, "keep": pruning.keep})
    return pruning


def prune_after_run(run: ScreeningRun) -> None:
    """Called when a run is done.  The run has succeeded whatever happens here: a failed
    pruning is logged and tried again after the next run (or by prune_screening_runs)."""
    try:
        prune(run.authority_id)
    except Exception:
        logger.exception("Pruning the screening results of authority %s failed",
                         run.authority_id)


def _delete_results(authority_id: int, run_ids: list[int]) -> int:
    """One DELETE for all the runs: QuerySet.delete() may fetch every row into Python first
    (it does whenever a delete signal handler is connected), which a retention job must not."""
    table = connection.ops.quote_name(ScreeningResult._meta.db_table)
    marks = ", ".join(["%s"] * len(run_ids))
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE authority_id = %s AND run_id IN ({marks})",
                       [authority_id, *run_ids])
        return cursor.rowcount
