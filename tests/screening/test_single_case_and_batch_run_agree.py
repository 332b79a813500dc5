"""The "one code path" proof at the Django level: the explanation page (engine.evaluate on
one person's facts) and the stored batch run give the same verdict, dates and summary."""

from datetime import date

import pytest

from tests.conftest import add_period, make_person
from tests.screening.conftest import AS_OF, well_integrated
from tests.screening.helpers import run_directly
from wegweiser.law.engine.single import evaluate
from wegweiser.screening.facts import case_facts


def _variety(authority):
    from wegweiser.cases.models import Assessment, Conviction, FamilyLink, TrainingRecord

    young = make_person(authority, file_number="V-1", birth_date=date(2003, 6, 1),
                        birth_date_precision="month", entry_date=date(2013, 8, 1))
    add_period(young, "duldung_60b", date(2016, 1, 1), date(2019, 12, 31))
    add_period(young, "duldung", date(2020, 1, 1), None)
    TrainingRecord.objects.create(authority=authority, person=young, start=date(2025, 8, 1),
                                  occupation="Kfz", kind="qualified", contract_registered=True)
    holder = well_integrated(authority, file_number="V-2", criminal_record_known=False)
    add_period(holder, "residence_permit", date(2024, 3, 1), None, legal_basis="§ 104c AufenthG")
    holder.status_periods.filter(kind="duldung").update(end=date(2024, 2, 29))
    offender = well_integrated(authority, file_number="V-3")
    Conviction.objects.create(authority=authority, person=offender, date=date(2022, 5, 1),
                              daily_rates=60, foreigner_specific=False, juvenile=False)
    child = make_person(authority, file_number="V-4", birth_date=date(2015, 2, 1))
    FamilyLink.objects.create(authority=authority, person=offender, relative=child,
                              relation="parent")
    Assessment.objects.filter(person=offender).update(children_complete=None)
    return [young, holder, offender, child]


@pytest.mark.django_db
def test_single_case_page_and_batch_run_give_identical_verdicts(authority, integrated, sparse):
    persons = [integrated, sparse, *_variety(authority)]
    run = run_directly(authority, AS_OF)
    stored = {(r.person_id, r.pathway_id): r for r in run.results.all()}
    compared = 0
    for person in persons:
        verdict = evaluate(case_facts(person, AS_OF), AS_OF)
        for pathway in verdict.pathways:
            row = stored.get((person.pk, pathway.pathway_id))
            if row is None:
                assert pathway.verdict == "not_in_force"
                continue
            assert (row.verdict, row.pending_date, row.deadline, row.summary) == (
                pathway.verdict.value, pathway.pending_date, pathway.deadline, pathway.summary
            ), (person.file_number, pathway.pathway_id)
            compared += 1
    assert compared >= 6 * 12
