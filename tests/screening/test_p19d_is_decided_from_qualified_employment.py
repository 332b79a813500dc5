"""§ 19d Abs. 1 Nr. 1 c AufenthG decided from the case file: a tolerated man without a
German qualification (training records complete: none) has worked for the same employer
since 01.09.2023, speaks B1 and has drawn no benefits in the last year.  Nr. 1 c needs three
years of uninterrupted employment that requires a qualified vocational training (qualified
employment, § 2 Abs. 12b); whether the job is qualified decides the criterion."""

from datetime import date

import pytest

from tests.screening.trainees import trainee, verdict_of
from wegweiser.cases.models import Employment, LanguageCertificate, LivelihoodRecord

pytestmark = pytest.mark.django_db


def _worker(authority, qualified, start=date(2023, 9, 1)):
    person = trainee(authority)
    owned = {"authority": authority, "person": person}
    LanguageCertificate.objects.create(**owned, level="B1", scope="full", issued=date(2025, 6, 1))
    Employment.objects.create(**owned, start=start, hours_per_week=40, social_insurance=True,
                              qualified=qualified, employer="Autohaus Berg")
    LivelihoodRecord.objects.create(**owned, assessed_on=date(2026, 10, 1),
                                    own_earnings_share=100, receives_benefits=False)
    return person


def test_three_years_of_qualified_employment_meet_nr_1_c(authority):
    """§ 19d Abs. 1 Nr. 1 c met (employment qualified = yes, since 01.09.2023, no benefits);
    the rejected asylum application (§ 10 Abs. 3 Satz 1) can be waived under § 19d Abs. 3, so
    the result is discretion."""
    verdict, criteria = verdict_of(_worker(authority, qualified=True), "p19d")

    assert criteria["p19d.qualification"] == "met"
    assert verdict == "may"


def test_an_unknown_qualification_of_the_job_leaves_nr_1_c_open(authority):
    """§ 19d Abs. 1 Nr. 1 c: the three years are there, but whether the job needs a qualified
    training is not recorded (employment qualified = unknown)."""
    verdict, criteria = verdict_of(_worker(authority, qualified=None), "p19d")

    assert (verdict, criteria["p19d.qualification"]) == ("unknown", "unknown")


def test_a_helper_job_does_not_meet_nr_1_c(authority):
    """§ 19d Abs. 1 Nr. 1 c: a helper job (employment qualified = no) does not count, and
    there is no German training, degree or recognised foreign degree (Nr. 1 a, b)."""
    verdict, criteria = verdict_of(_worker(authority, qualified=False), "p19d")

    assert (verdict, criteria["p19d.qualification"]) == ("not_met", "not_met")


def test_two_years_of_qualified_employment_are_not_yet_enough(authority):
    """§ 19d Abs. 1 Nr. 1 c needs three years; two years suffice only with a recognised foreign
    degree (Nr. 1 b), which this man does not have (qualified employment since 01.10.2024)."""
    person = _worker(authority, qualified=True, start=date(2024, 10, 1))

    assert verdict_of(person, "p19d")[1]["p19d.qualification"] == "not_met"
