"""Retention: per authority only the results of the latest completed runs stay (DSGVO Art. 5
Abs. 1 lit. c, e); older runs keep their row and counts, the audit log records each pruning."""

from tests.conftest import make_person
from tests.screening.retention_helpers import PATHWAYS, finished_run, with_results
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.screening.models import RunStatus, ScreeningRun
from wegweiser.screening.retention import keep_count, plan, prune


def test_it_keeps_the_results_of_the_latest_n_runs_and_deletes_the_older_ones(authority, person):
    runs = [finished_run(authority, person) for _ in range(6)]
    pruning = prune(authority.pk, keep=3)
    assert pruning.runs == [r.pk for r in runs[:3]]
    assert pruning.results == 3 * len(PATHWAYS)
    assert with_results(runs) == runs[3:]


def test_older_runs_keep_their_row_and_counts(authority, person):
    runs = [finished_run(authority, person) for _ in range(3)]
    prune(authority.pk, keep=2)
    oldest = ScreeningRun.unscoped.get(pk=runs[0].pk)
    assert oldest.status == RunStatus.DONE
    assert oldest.counts["verdicts"]["p25b"] == {"should": 1}


def test_it_never_touches_another_authoritys_runs(authority, other_authority, person,
                                                  foreign_person):
    ours = [finished_run(authority, person) for _ in range(4)]
    theirs = [finished_run(other_authority, foreign_person) for _ in range(4)]
    prune(authority.pk, keep=2)
    assert with_results(ours) == ours[2:]
    assert with_results(theirs) == theirs


def test_fewer_completed_runs_than_kept_deletes_nothing(authority, person):
    runs = [finished_run(authority, person) for _ in range(3)]
    assert prune(authority.pk, keep=5).runs == []
    assert with_results(runs) == runs


def test_a_running_run_and_the_latest_finished_run_are_never_touched(authority, person):
    """Only finished runs older than the kept completed ones lose their results."""
    old_running = finished_run(authority, person, status=RunStatus.EVALUATING)
    done = [finished_run(authority, person) for _ in range(3)]
    latest_failed = finished_run(authority, person, status=RunStatus.FAILED)
    running = finished_run(authority, person, status=RunStatus.STORING)
    prune(authority.pk, keep=2)
    assert with_results([old_running, *done, latest_failed, running]) == [
        old_running, *done[1:], latest_failed, running]


def test_at_least_two_runs_are_kept_for_the_comparison(authority, person):
    runs = [finished_run(authority, person) for _ in range(4)]
    assert keep_count(1) == 2
    prune(authority.pk, keep=1)
    assert with_results(runs) == runs[2:]


def test_each_pruning_is_written_to_the_audit_log(authority, person):
    runs = [finished_run(authority, person) for _ in range(4)]
    prune(authority.pk, keep=2)
    entry = AuditEntry.objects.get(action=AuditAction.DELETE)
    assert entry.authority_id == authority.pk and entry.username == "system"
    assert entry.target == f"Aufbewahrung: {2 * len(PATHWAYS)} Prüfergebnisse aus 2 Prüfläufen gelöscht"
    assert entry.detail == {"record": "screeningresult", "reason": "retention",
                            "runs": [runs[0].pk, runs[1].pk], "results": 2 * len(PATHWAYS),
                            "keep": 2}
    prune(authority.pk, keep=2)  # nothing left to delete: no second entry
    assert AuditEntry.objects.filter(action=AuditAction.DELETE).count() == 1


def test_the_deletion_costs_the_same_queries_for_two_runs_as_for_eight(authority, person):
    """Set-based: no query (let alone a Python loop) per run or per result row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_to_prune(runs: int, other) -> int:
        for i in range(runs + 2):
            finished_run(other, make_person(other, file_number=f"{other.short_name}-{runs}-{i}"))
        with CaptureQueriesContext(connection) as captured:
            assert len(prune(other.pk, keep=2).runs) == runs
        return len(captured)

    from wegweiser.accounts.models import Authority

    small = Authority.objects.create(name="Klein", short_name="K1")
    large = Authority.objects.create(name="Groß", short_name="G1")
    assert queries_to_prune(2, small) == queries_to_prune(8, large)


def test_plan_alone_changes_nothing(authority, person):
    runs = [finished_run(authority, person) for _ in range(4)]
    assert plan(authority.pk, keep=2).results == 2 * len(PATHWAYS)
    assert with_results(runs) == runs
    assert not AuditEntry.objects.filter(action=AuditAction.DELETE).exists()
