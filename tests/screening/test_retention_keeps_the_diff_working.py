"""Pruning runs after every successful run, and the comparison with the previous run still
works: it needs the results of the latest two completed runs, which are always kept."""

from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly
from tests.screening.retention_helpers import with_results
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.screening.runs import changes


def test_a_successful_run_prunes_the_runs_beyond_the_kept_ones(settings, authority, integrated):
    settings.WEGWEISER_SCREENING_KEEP_RUNS = 2
    runs = [run_directly(authority, AS_OF) for _ in range(4)]
    assert with_results(runs) == runs[2:]
    assert all(run.counts["verdicts"] for run in runs)  # the statistical record stays
    assert AuditEntry.objects.filter(action=AuditAction.DELETE).count() == 2


def test_the_diff_to_the_previous_run_still_works_after_pruning(settings, authority, integrated,
                                                               sparse):
    from wegweiser.cases.models import Assessment

    settings.WEGWEISER_SCREENING_KEEP_RUNS = 2
    run_directly(authority, AS_OF)
    run_directly(authority, AS_OF)
    Assessment.objects.filter(person=integrated).update(security_threat=True)
    third = run_directly(authority, AS_OF)
    gone = set(changes(third, "gone").values_list("person_id", "pathway_id"))
    assert (integrated.pk, "p25b") in gone
    assert third.counts["gone"] == len(gone)
    Assessment.objects.filter(person=integrated).update(security_threat=False)
    fourth = run_directly(authority, AS_OF)
    assert (integrated.pk, "p25b") in set(changes(fourth, "new").values_list("person_id",
                                                                            "pathway_id"))
    assert with_results([third, fourth]) == [third, fourth]


def test_a_failing_pruning_does_not_fail_the_run(settings, authority, integrated, monkeypatch):
    from wegweiser.screening import retention

    def broken(authority_id, keep=None, *, user=None):
        raise RuntimeError("database gone")

    monkeypatch.setattr(retention, "prune", broken)
    run = run_directly(authority, AS_OF)
    assert run.status == "done"
