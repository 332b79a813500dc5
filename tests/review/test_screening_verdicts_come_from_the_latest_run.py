"""A condition on a pathway's verdict reads the latest finished screening run."""

import pytest

from tests.review.conftest import AS_OF, constellation
from tests.screening.helpers import run_directly
from wegweiser.review import constellations as service
from wegweiser.screening.models import ScreeningResult


@pytest.mark.django_db
def test_a_verdict_condition_matches_the_persons_with_that_stored_verdict(authority, district):
    run = run_directly(authority, AS_OF)
    stored = ScreeningResult.objects.filter(run=run, pathway_id="p25_5")
    assert stored.count() == 6
    for verdict in set(stored.values_list("verdict", flat=True)):
        c = constellation(authority, [{"feature": "verdict:p25_5", "op": "eq",
                                       "value": verdict}], name=verdict)
        expected = set(stored.filter(verdict=verdict).values_list("person_id", flat=True))
        assert set(service.matching_person_ids(c, AS_OF)) == expected, verdict
        assert service.evaluate(c, AS_OF).run == run


@pytest.mark.django_db
def test_at_least_may_means_met_now(authority, district):
    run = run_directly(authority, AS_OF)
    c = constellation(authority, [{"feature": "verdict:p25b", "op": "ge", "value": "may"}])
    met = set(ScreeningResult.objects.filter(run=run, pathway_id="p25b", verdict__in=[
        "may", "should", "entitlement"]).values_list("person_id", flat=True))
    assert set(service.matching_person_ids(c, AS_OF)) == met


@pytest.mark.django_db
def test_without_a_finished_run_a_verdict_is_unknown(authority, district):
    c = constellation(authority, [{"feature": "verdict:p25b", "op": "ne", "value": "blocked"}])
    evaluation = service.evaluate(c, AS_OF)
    assert (evaluation.matched, evaluation.unknown, evaluation.run) == (0, 6, None)


@pytest.mark.django_db
def test_a_newer_run_replaces_the_verdicts(authority, district):
    first = run_directly(authority, AS_OF)
    c = constellation(authority, [{"feature": "verdict:p60d", "op": "unknown"}])
    assert service.evaluate(c, AS_OF).run == first
    ScreeningResult.objects.filter(run=first).delete()
    assert service.count(c, AS_OF) == 6  # the run has no results left: every verdict unknown
    second = run_directly(authority, AS_OF)
    assert service.evaluate(c, AS_OF).run == second
    assert service.count(c, AS_OF) == 6 - ScreeningResult.objects.filter(
        run=second, pathway_id="p60d").count()
