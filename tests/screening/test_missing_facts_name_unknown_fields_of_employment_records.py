""""Was fehlt" names the unknown field of an existing employment record when it decides an
open criterion, and links to that record's edit form."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.trainees import trainee, verdict_of
from wegweiser.cases.models import Employment, LanguageCertificate, LivelihoodRecord

pytestmark = pytest.mark.django_db


def _worker(authority, **job):
    """The trainee of trainees.py (tolerated since 01.02.2024, entered 2022) with A2/B1, a
    secured livelihood and one employment since 01.09.2023 (40 h/week)."""
    person = trainee(authority)
    owned = {"authority": authority, "person": person}
    LanguageCertificate.objects.create(**owned, level="B1", scope="full", issued=date(2025, 6, 1))
    LivelihoodRecord.objects.create(**owned, assessed_on=date(2026, 10, 1),
                                    own_earnings_share=100, receives_benefits=False)
    values = {"start": date(2023, 9, 1), "hours_per_week": 40, "social_insurance": True,
              "qualified": False, "employer": "Autohaus Berg", **job}
    return person, Employment.objects.create(**owned, **values)


def _missing(client, person) -> str:
    url = reverse("screening:explain", args=[person.pk]) + f"?as_of={AS_OF.isoformat()}"
    page = client.get(url).content.decode()
    return page.split('id="h-missing"')[1].split("</section>")[0]


def test_unknown_social_insurance_of_the_job_is_listed_for_p60d_with_a_link_to_the_job(
        client, caseworker, authority):
    """§ 60d Abs. 1 Nr. 3: 12 months of sozialversicherungspflichtige Beschäftigung of at least
    20 h/week.  The job (since 01.09.2023, 40 h/week) would count, but whether it is
    sozialversicherungspflichtig is not recorded: the criterion is open because of that field."""
    person, job = _worker(authority, social_insurance=None)
    assert verdict_of(person, "p60d")[1]["p60d.employment"] == "unknown"

    missing = _missing(login(client, caseworker), person)

    assert "Beschäftigung ab 01.09.2023: sozialversicherungspflichtig unbekannt" in missing
    assert "§ 60d Abs. 1 Nr. 3 AufenthG" in missing
    assert reverse("cases:fact_edit", args=[person.pk, "employment", job.pk]) in missing


def test_a_known_social_insurance_is_not_listed(client, caseworker, authority):
    """§ 60d Abs. 1 Nr. 3 met: the same job, sozialversicherungspflichtig = yes."""
    person, _job = _worker(authority, social_insurance=True)
    assert verdict_of(person, "p60d")[1]["p60d.employment"] == "met"

    assert "Beschäftigung ab" not in _missing(login(client, caseworker), person)


def test_unknown_hours_are_not_asked_for_a_job_without_social_insurance(
        client, caseworker, authority):
    """§ 60d Abs. 1 Nr. 3: a job that is not sozialversicherungspflichtig never counts, so its
    unknown weekly hours cannot decide anything (criterion not met)."""
    person, _job = _worker(authority, social_insurance=False, hours_per_week=None)
    assert verdict_of(person, "p60d")[1]["p60d.employment"] == "not_met"

    assert "Beschäftigung ab" not in _missing(login(client, caseworker), person)


def test_an_unknown_field_of_a_job_before_a_long_gap_is_not_listed(client, caseworker, authority):
    """§ 60d Abs. 1 Nr. 3 counts the current uninterrupted employment.  The current job (since
    01.06.2025, social insurance unknown) decides the 12 months; an old job (2022, social
    insurance unknown) ended years before it and cannot change the result."""
    person, _job = _worker(authority, start=date(2025, 6, 1), social_insurance=None)
    Employment.objects.create(authority=authority, person=person, start=date(2022, 7, 1),
                              end=date(2022, 12, 31), hours_per_week=40, social_insurance=None,
                              qualified=False)

    missing = _missing(login(client, caseworker), person)

    assert "Beschäftigung ab 01.06.2025: sozialversicherungspflichtig unbekannt" in missing
    assert "Beschäftigung ab 01.07.2022" not in missing


def test_unknown_qualified_employment_is_listed_for_p19d_with_a_link_to_the_job(
        client, caseworker, authority):
    """§ 19d Abs. 1 Nr. 1 c: three years of qualified employment (§ 2 Abs. 12b), no benefits in
    the last year.  The job runs since 01.09.2023, but whether it is qualified is not recorded."""
    person, job = _worker(authority, qualified=None)
    assert verdict_of(person, "p19d")[1]["p19d.qualification"] == "unknown"

    missing = _missing(login(client, caseworker), person)

    assert ("Beschäftigung ab 01.09.2023: qualifizierte Beschäftigung (§ 2 Abs. 12b AufenthG) "
            "unbekannt") in missing
    assert "§ 19d Abs. 1 Nr. 1 AufenthG" in missing
    assert reverse("cases:fact_edit", args=[person.pk, "employment", job.pk]) in missing


def test_a_known_qualification_of_the_job_is_not_listed(client, caseworker, authority):
    """§ 19d Abs. 1 Nr. 1 c met: the same job, qualified = yes."""
    person, _job = _worker(authority, qualified=True)
    assert verdict_of(person, "p19d")[1]["p19d.qualification"] == "met"

    assert "Beschäftigung ab" not in _missing(login(client, caseworker), person)
