"""§ 60c AufenthG (Ausbildungsduldung) decided from the case file: a tolerated person (Abs. 1
Satz 1 Nr. 2, more than three months of Duldung) starts a training on 01.08.2026."""

import pytest

from tests.screening.trainees import add_conviction, add_training, trainee, verdict_of
from wegweiser.cases.models import Assessment

pytestmark = pytest.mark.django_db


def test_a_qualified_training_with_a_registered_contract_is_an_entitlement(authority):
    """§ 60c Abs. 1 Satz 1 Nr. 2, Abs. 3: qualified training, contract registered."""
    person = trainee(authority)
    add_training(person, kind="qualified", contract_registered=True)

    assert verdict_of(person, "p60c")[0] == "entitlement"


def test_an_unknown_registration_is_open_not_refused(authority):
    """§ 60c Abs. 3: whether the contract is registered is not recorded -> open."""
    person = trainee(authority)
    add_training(person, contract_registered=None)

    verdict, criteria = verdict_of(person, "p60c")
    assert verdict == "unknown"
    assert criteria["training.contract_registered"] == "unknown"


def test_a_contract_neither_registered_nor_applied_for_is_not_met(authority):
    person = trainee(authority)
    add_training(person, contract_registered=False)

    assert verdict_of(person, "p60c")[0] == "not_met"


@pytest.mark.parametrize(("commitment", "expected"), [
    (True, "entitlement"), (None, "unknown"), (False, "not_met")])
def test_an_assistant_training_depends_on_the_bottleneck_commitment(authority, commitment,
                                                                   expected):
    """§ 60c Abs. 1 Satz 1: assistant/helper training only with a commitment for a
    qualified training in a bottleneck occupation."""
    person = trainee(authority)
    add_training(person, kind="assistant", occupation="Altenpflegehelfer/in",
                 bottleneck_commitment=commitment)

    verdict, criteria = verdict_of(person, "p60c")
    assert verdict == expected
    assert criteria["training.type"] == {"entitlement": "met"}.get(expected, expected)


def test_no_training_on_a_complete_file_is_not_met_but_on_an_unchecked_file_open(authority):
    complete = trainee(authority, "KT-1")
    unchecked = trainee(authority, "KT-2")
    Assessment.objects.filter(person=unchecked).update(training_complete=None)

    assert verdict_of(complete, "p60c")[0] == "not_met"
    assert verdict_of(unchecked, "p60c")[0] == "unknown"


@pytest.mark.parametrize(("intentional", "expected"), [
    (True, "blocked"), (False, "entitlement"), (None, "unknown")])
def test_a_fine_of_60_daily_rates_excludes_only_if_intentional(authority, intentional, expected):
    """§ 60c Abs. 2 Nr. 4 i.V.m. § 19d Abs. 1 Nr. 7: intentional offence above 50 TS."""
    person = trainee(authority)
    add_training(person)
    add_conviction(person, daily_rates=60, intentional=intentional)

    verdict, criteria = verdict_of(person, "p60c")
    assert verdict == expected
    assert criteria["training.security"] == {"blocked": "not_met", "entitlement": "met"}.get(
        expected, "unknown")
