"""§ 16g AufenthG (Aufenthaltserlaubnis zur Berufsausbildung, since 01.03.2024) decided from
the case file: same training facts as § 60c; passport, no Ausweisungsinteresse, in training."""

import pytest

from tests.screening.trainees import add_training, trainee, verdict_of

pytestmark = pytest.mark.django_db


def test_a_registered_qualified_training_gives_the_entitlement(authority):
    """§ 16g Abs. 1, Abs. 3: qualified training, contract registered; livelihood by the
    training (§ 2 Abs. 3 Satz 5), passport held."""
    person = trainee(authority)
    add_training(person, kind="qualified", contract_registered=True)

    assert verdict_of(person, "p16g")[0] == "entitlement"


@pytest.mark.parametrize(("registered", "expected"), [(None, "unknown"), (False, "not_met")])
def test_registration_unknown_is_open_and_missing_is_not_met(authority, registered, expected):
    """§ 16g Abs. 3: unknown registration stays open; no registration is not met."""
    person = trainee(authority)
    add_training(person, contract_registered=registered)

    verdict, criteria = verdict_of(person, "p16g")
    assert (verdict, criteria["training.contract_registered"]) == (expected, expected)


def test_an_unknown_kind_of_training_leaves_the_type_open(authority):
    person = trainee(authority)
    add_training(person, kind="")

    verdict, criteria = verdict_of(person, "p16g")
    assert (verdict, criteria["training.type"]) == ("unknown", "unknown")
