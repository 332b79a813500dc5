"""Selbstbindung (Art. 3 Abs. 1 GG): a decision cites the guideline version that applied on its
day - also when that version has been withdrawn since; not for a day after the withdrawal."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests.cases.decision_helpers import decide, make_application
from wegweiser.cases.models import Decision
from wegweiser.review.models import Guideline, GuidelineVersion


def withdrawn_version(authority):
    guideline = Guideline.objects.create(authority=authority, number="25b.1",
                                         title="Identität nach 18 Monaten")
    return GuidelineVersion.objects.create(
        authority=authority, guideline=guideline, number=1, text="…", pathway_ids=["p25b"],
        valid_from=date(2025, 1, 1), valid_to=date(2026, 6, 30), reason_kind="conference",
        state="withdrawn")


def test_a_decision_within_the_validity_cites_the_since_withdrawn_version(caseworker, person):
    version = withdrawn_version(person.authority)
    application = make_application(person, caseworker, received_on=date(2026, 3, 1))
    decide(caseworker, application, decided_on=date(2026, 5, 4), guideline_version=version,
           follows_guideline=True)
    assert Decision.objects.get().guideline_version == version


def test_a_decision_after_the_withdrawal_cannot_cite_it(caseworker, person):
    version = withdrawn_version(person.authority)
    application = make_application(person, caseworker, received_on=date(2026, 3, 1))
    with pytest.raises(ValidationError, match="galt am Tag der Entscheidung nicht"):
        decide(caseworker, application, decided_on=date(2026, 7, 1), guideline_version=version,
               follows_guideline=True)
    assert not Decision.objects.exists()
