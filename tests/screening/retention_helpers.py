"""Runs with stored results, made directly (the retention tests need no evaluation)."""

from tests.screening.conftest import AS_OF
from wegweiser.screening.models import RunStatus, ScreeningResult, ScreeningRun

PATHWAYS = ("p25b", "p25a", "p25_5")


def finished_run(authority, person, status=RunStatus.DONE):
    """A run with one result per pathway in PATHWAYS for the person, and its counts."""
    run = ScreeningRun.unscoped.create(authority=authority, as_of=AS_OF, status=status,
                                       counts={"verdicts": {p: {"should": 1} for p in PATHWAYS}})
    ScreeningResult.unscoped.bulk_create(
        ScreeningResult(authority=authority, run=run, person=person, pathway_id=pathway,
                        verdict="should", summary=f"{pathway}: In der Regel zu erteilen (Soll)")
        for pathway in PATHWAYS)
    return run


def with_results(runs):
    """The runs among `runs` that still have results, oldest first."""
    ids = set(ScreeningResult.unscoped.filter(run__in=runs).values_list("run_id", flat=True))
    return [run for run in runs if run.pk in ids]
