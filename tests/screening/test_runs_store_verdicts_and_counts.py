import pytest

from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly, run_screening
from wegweiser.law.statute.pathways import ALL_PATHWAYS


@pytest.mark.django_db
def test_a_run_started_on_the_page_stores_a_verdict_per_person_and_pathway(
        client, caseworker, integrated, sparse, django_capture_on_commit_callbacks):
    run = run_screening(client, caseworker, django_capture_on_commit_callbacks)
    assert run.status == "done", run.message
    assert run.persons_total == run.persons_done == 2
    assert run.started_by == caseworker and run.duration_seconds is not None
    assert set(run.phases) == {"load", "frames", "evaluate", "store"}
    assert set(run.rule_versions) == {p.id for p in ALL_PATHWAYS}
    stored = run.results.filter(person=integrated, pathway_id="p25b").get()
    assert stored.verdict == "should"
    assert stored.summary.startswith("§ 25b Abs. 1 AufenthG")
    assert stored.toleration_months is not None and stored.toleration_months >= 12


@pytest.mark.django_db
def test_the_counts_add_up_to_every_person_for_every_pathway(authority, integrated, sparse):
    run = run_directly(authority, AS_OF)
    for pathway in ALL_PATHWAYS:
        assert sum(run.counts["verdicts"][pathway.id].values()) == 2
    assert run.counts["verdicts"]["p25b"]["should"] == 1
    assert run.counts["new"] is None  # nothing to compare with yet


@pytest.mark.django_db
def test_a_run_only_reads_its_own_authority(authority, other_authority, integrated):
    from tests.screening.conftest import well_integrated

    well_integrated(other_authority, file_number="SA-9")
    run = run_directly(authority, AS_OF)
    assert run.persons_total == 1
    assert set(run.results.values_list("person_id", flat=True)) == {integrated.pk}
