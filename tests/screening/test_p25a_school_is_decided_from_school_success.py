"""§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG decided from the case file: a young man (born 10.04.2003,
in Germany since 01.06.2022, no illness or disability) attended school here, one record per
school year from 1 August to 31 July.  Since 31.12.2022 Nr. 2 asks for three years of
*successful* school attendance (Versetzung or Abschluss) or a recognised qualification; the law
counts only school years recorded as successful for certain, years recorded as not successful
never, and unknown ones as "possibly"."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.trainees import trainee, verdict_of
from wegweiser.cases.models import SchoolRecord

pytestmark = pytest.mark.django_db


def _pupil(authority, *successes, first_year=2022):
    """One school year per answer, consecutive, starting 01.08. of `first_year`."""
    person = trainee(authority)
    person.assessment.illness_or_disability = False
    person.assessment.save()
    years = []
    for i, successful in enumerate(successes):
        years.append(SchoolRecord.objects.create(
            authority=authority, person=person, start=date(first_year + i, 8, 1),
            end=date(first_year + i + 1, 7, 31), school="Gesamtschule Rheinwald",
            successful=successful))
    return person, years


def _school(person) -> str:
    return verdict_of(person, "p25a")[1]["p25a.school"]


def _missing(client, person) -> str:
    url = reverse("screening:explain", args=[person.pk]) + f"?as_of={AS_OF.isoformat()}"
    page = client.get(url).content.decode()
    return page.split('id="h-missing"')[1].split("</section>")[0]


def test_four_successful_school_years_meet_nr_2(client, caseworker, authority):
    """School years 2022/23 to 2025/26, each successful = yes: Nr. 2 met, nothing asked."""
    person, _years = _pupil(authority, True, True, True, True)

    assert _school(person) == "met"
    assert "Schulbesuch ab" not in _missing(login(client, caseworker), person)


def test_an_unknown_year_that_does_not_decide_leaves_nr_2_met_and_is_not_asked(
        client, caseworker, authority):
    """Four school years, the last one's success unknown: the three successful years before
    it already make the three years, so the unknown year cannot change the result."""
    person, _years = _pupil(authority, True, True, True, None)

    assert _school(person) == "met"
    assert "Schulbesuch ab" not in _missing(login(client, caseworker), person)


def test_an_unknown_year_that_decides_leaves_nr_2_open_and_links_to_that_year(
        client, caseworker, authority):
    """Three school years 2023/24 to 2025/26, the first two successful, the last one's success
    unknown: with it the three years are there, without it not - Nr. 2 is open, and "Was
    fehlt" names that school year and links to its edit form."""
    person, years = _pupil(authority, True, True, None, first_year=2023)

    assert _school(person) == "unknown"
    missing = _missing(login(client, caseworker), person)
    assert "Schulbesuch ab 01.08.2025: erfolgreich besucht (Versetzung/Abschluss) unbekannt" \
        in missing
    assert "§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG" in missing
    assert reverse("cases:fact_edit", args=[person.pk, "school", years[2].pk]) in missing
    assert reverse("cases:fact_edit", args=[person.pk, "school", years[0].pk]) not in missing


def test_a_failed_year_does_not_count_but_three_successful_ones_still_meet_nr_2(authority):
    """Four school years, 2023/24 not successful (no Versetzung): the other three successful
    years make the three years."""
    person, _years = _pupil(authority, True, False, True, True)

    assert _school(person) == "met"


def test_a_failed_year_that_leaves_less_than_three_years_does_not_meet_nr_2(authority):
    """Three school years 2023/24 to 2025/26, the last one not successful and no recognised
    qualification: only two years count, so Nr. 2 is not met."""
    person, _years = _pupil(authority, True, True, False, first_year=2023)

    assert _school(person) == "not_met"
