"""Stored runs written directly, so that worklist tests do not depend on the law's verdicts."""

from tests.conftest import make_person
from tests.screening.conftest import AS_OF
from wegweiser.screening.runs import POSITIVE

MET = POSITIVE[0]  # any verdict of "met now"
UNKNOWN = "unknown"


def stored_run(authority, results, as_of=AS_OF):
    """A completed run with the given (person, pathway_id, verdict) results."""
    from wegweiser.screening.models import ScreeningResult, ScreeningRun

    run = ScreeningRun.objects.create(authority=authority, as_of=as_of, status="done",
                                      persons_total=len({p.pk for p, _, _ in results}))
    ScreeningResult.objects.bulk_create([
        ScreeningResult(authority=authority, run=run, person=person, pathway_id=pathway,
                        verdict=verdict, summary="", toleration_months=60)
        for person, pathway, verdict in results])
    return run


def persons(authority, *names):
    return [make_person(authority, file_number=f"KT-{i}", family_name=name)
            for i, name in enumerate(names)]
