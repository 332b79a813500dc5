"""§ 19d AufenthG (qualified Geduldete) decided from the case file: a tolerated person finished
a qualified training in Germany on 31.07.2026, speaks B1, works since 15.08.2026."""

from datetime import date

import pytest

from tests.screening.trainees import add_conviction, add_training, trainee, verdict_of
from wegweiser.cases.models import (
    Employment,
    LanguageCertificate,
    LivelihoodRecord,
    StatusPeriod,
)

pytestmark = pytest.mark.django_db


def _graduate(authority, completed):
    person = trainee(authority)
    owned = {"authority": authority, "person": person}
    add_training(person, start=date(2023, 8, 1), end=date(2026, 7, 31), completed=completed)
    LanguageCertificate.objects.create(**owned, level="B1", scope="full", issued=date(2025, 6, 1))
    # Not qualified employment (§ 2 Abs. 12b): otherwise three years of it could still meet
    # Nr. 1 c, and an unknown answer would leave a failed exam open rather than "not met".
    Employment.objects.create(**owned, start=date(2026, 8, 15), hours_per_week=38,
                              social_insurance=True, qualified=False)
    LivelihoodRecord.objects.create(**owned, assessed_on=date(2026, 10, 1),
                                    own_earnings_share=100, receives_benefits=False)
    return person


def test_a_completed_qualified_training_meets_abs_1_nr_1_a(authority):
    """§ 19d Abs. 1 Nr. 1 a met; the rejected asylum application (§ 10 Abs. 3 Satz 1) can be
    waived under § 19d Abs. 3, so the result is discretion."""
    verdict, criteria = verdict_of(_graduate(authority, completed=True), "p19d")

    assert criteria["p19d.qualification"] == "met"
    assert verdict == "may"


def test_after_the_training_abs_1a_gives_the_entitlement(authority):
    """§ 19d Abs. 1a: training passed "während des Besitzes einer Duldung nach § 60c" (the
    Duldung since 01.02.2024 is an Ausbildungsduldung, AZR code 58)."""
    person = _graduate(authority, completed=True)
    StatusPeriod.objects.filter(person=person, kind="duldung").update(
        kind="duldung_60c", azr_reason_code="58")
    assert verdict_of(person, "p19d_1a")[0] == "entitlement"


def test_a_training_passed_under_an_ordinary_duldung_does_not_open_abs_1a(authority):
    """§ 19d Abs. 1a needs the § 60c Duldung; Abs. 1 (soll/kann) remains."""
    verdict, criteria = verdict_of(_graduate(authority, completed=True), "p19d_1a")
    assert (verdict, criteria["p19d.after_60c"]) == ("not_met", "not_met")


@pytest.mark.parametrize(("completed", "expected"), [(None, "unknown"), (False, "not_met")])
def test_an_unknown_result_is_open_and_a_failed_exam_is_not_met(authority, completed, expected):
    """§ 19d Abs. 1 Nr. 1 a: without a known pass the qualification stays open; a failed
    exam (and under three years of work, Nr. 1 c) is not met."""
    verdict, criteria = verdict_of(_graduate(authority, completed=completed), "p19d")

    assert (verdict, criteria["p19d.qualification"]) == (expected, expected)


@pytest.mark.parametrize(("intentional", "expected"), [
    (True, "blocked"), (False, "may"), (None, "unknown")])
def test_only_an_intentional_offence_above_50_daily_rates_excludes(authority, intentional,
                                                                   expected):
    """§ 19d Abs. 1 Nr. 7: intentional offence, fine above 50 Tagessätze."""
    person = _graduate(authority, completed=True)
    add_conviction(person, daily_rates=60, intentional=intentional)

    verdict, criteria = verdict_of(person, "p19d")
    assert verdict == expected
    assert criteria["p19d.crime"] == {"blocked": "not_met", "may": "met"}.get(expected, expected)
