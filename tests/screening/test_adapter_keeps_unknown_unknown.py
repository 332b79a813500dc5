from datetime import date

import pytest

from tests.conftest import add_period
from tests.screening.conftest import AS_OF
from wegweiser.screening.facts import case_facts, case_facts_many


@pytest.mark.django_db
def test_empty_sections_are_unknown_not_none(sparse):
    facts = case_facts(sparse, AS_OF)
    assert facts.language_certificates is None and facts.employments is None
    assert facts.convictions is None  # criminal record not evaluated
    assert facts.minor_children_birth_dates is None and facts.asylum_applied is None
    assert facts.livelihood_secured is None and facts.departure_impossible is None


@pytest.mark.django_db
def test_known_clean_record_and_complete_family_are_empty_tuples(integrated):
    facts = case_facts(integrated, AS_OF)
    assert facts.convictions == () and facts.minor_children_birth_dates == ()
    assert facts.livelihood_secured is True and facts.livelihood_share_own_earnings == 1.0
    assert facts.asylum is not None and facts.asylum.outcome == "rejected"
    assert facts.housing_sufficient is True and facts.security_threat is False


@pytest.mark.django_db
def test_the_legal_basis_of_a_104c_permit_is_normalised(sparse):
    sparse.status_periods.update(end=date(2023, 5, 31))
    add_period(sparse, "residence_permit", date(2023, 6, 1), None, legal_basis="§104c AufenthG")
    periods = case_facts(sparse, AS_OF).status_periods
    assert periods is not None and periods[-1].legal_basis == "§ 104c"


@pytest.mark.django_db
def test_an_inadmissible_asylum_outcome_is_unknown_to_the_law(sparse):
    from wegweiser.cases.models import AsylumProcedure

    AsylumProcedure.objects.create(authority=sparse.authority, person=sparse,
                                   outcome="inadmissible")
    facts = case_facts(sparse, AS_OF)
    assert facts.asylum_applied is True and facts.asylum is not None
    assert facts.asylum.outcome is None


@pytest.mark.django_db
def test_many_persons_cost_a_fixed_number_of_queries(authority, integrated, sparse,
                                                     django_assert_max_num_queries):
    from tests.screening.conftest import well_integrated
    from wegweiser.cases.models import Person

    for i in range(5):
        well_integrated(authority, file_number=f"KT-N-{i}")
    # One query per table, plus the spouse links stored from the other side and the spouses'
    # convictions (§ 60d Abs. 1 Nr. 7) - a fixed number, however many persons.
    with django_assert_max_num_queries(12):
        facts = case_facts_many(Person.objects.filter(authority=authority), AS_OF)
    assert len(facts) == 7
