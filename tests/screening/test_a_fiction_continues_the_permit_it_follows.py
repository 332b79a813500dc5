"""§ 81 Abs. 4 AufenthG: applied for § 25b before the § 104c permit ran out - the permit is
deemed to continue. A Fiktionsbescheinigung recorded with "§ 81 Abs. 4" right after the § 104c
permit keeps the person a § 104c holder (§ 25b Abs. 7-8, § 25a Abs. 5-6 apply)."""

from datetime import date, timedelta

import pytest

from tests.conftest import add_period, make_person
from wegweiser.law.engine.features import compute_features
from wegweiser.screening.facts import case_facts

pytestmark = pytest.mark.django_db
AS_OF = date(2024, 9, 1)


@pytest.mark.parametrize(("basis", "gap_days", "holder"), [
    ("§ 81 Abs. 4 AufenthG", 1, True), ("", 1, True),
    ("§ 81 Abs. 4 AufenthG", 40, False),  # not right after the permit: a new status
    ("§ 25 Abs. 5 AufenthG", 1, False),  # a fiction of another title
])
def test_the_fiction_after_a_104c_permit(authority, basis, gap_days, holder):
    person = make_person(authority)
    add_period(person, "duldung", date(2016, 1, 1), date(2023, 5, 31))
    add_period(person, "residence_permit", date(2023, 6, 1), date(2024, 6, 30),
               legal_basis="§ 104c AufenthG")
    add_period(person, "fiction_certificate", date(2024, 6, 30) + timedelta(days=gap_days),
               None, legal_basis=basis)
    features = compute_features(case_facts(person, AS_OF), AS_OF)
    assert features["p104c_holder"] is holder
