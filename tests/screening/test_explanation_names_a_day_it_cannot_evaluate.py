"""An as-of day outside what the law engine covers, or no date at all, is named on the page
(HTTP 400) and the explanation shows today instead - never a 500, never a silent fallback."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from wegweiser.web.query import as_of_from_query

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("raw", "notice"), [
    ("9999-12-31", "Der Stichtag 31.12.9999 liegt außerhalb des prüfbaren Zeitraums "
                   "(01.01.2005 bis 31.12.{last_year})."),
    ("1900-01-01", "Der Stichtag 01.01.1900 liegt außerhalb"),
    ("2004-12-31", "Der Stichtag 31.12.2004 liegt außerhalb"),
    ("2026-02-30", "„2026-02-30“ ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)."),
    ("gestern", "„gestern“ ist kein Datum"),
])
def test_the_page_names_the_day_and_shows_today(client, caseworker, integrated, raw, notice):
    login(client, caseworker)

    response = client.get(reverse("screening:explain", args=[integrated.pk]), {"as_of": raw})

    assert response.status_code == 400
    page = response.content.decode()
    last_year = timezone.localdate().year + 10
    assert notice.format(last_year=last_year) in page
    assert "Gezeigt wird der Stand von heute." in page
    assert f"Stichtag {timezone.localdate():%d.%m.%Y}" in page


@pytest.mark.parametrize("raw", ["2026-11-25", "25.11.2026"])
def test_a_day_within_the_range_is_evaluated(client, caseworker, integrated, raw):
    login(client, caseworker)

    response = client.get(reverse("screening:explain", args=[integrated.pk]), {"as_of": raw})

    assert response.status_code == 200
    assert "Stichtag 25.11.2026" in response.content.decode()


def test_the_range_runs_from_2005_to_the_end_of_the_tenth_year_ahead():
    assert as_of_from_query("2005-01-01", TODAY) == (date(2005, 1, 1), None)
    assert as_of_from_query("2036-12-31", TODAY) == (date(2036, 12, 31), None)
    assert as_of_from_query("2037-01-01", TODAY)[1] is not None
    assert as_of_from_query("", TODAY) == (TODAY, None)
