"""No ranking of staff: figures group by team, and a team cell resting on fewer than
WEGWEISER_TEAM_MIN_DECISIONS decisions (default 5) shows "< 5", not the number."""

import csv
import io
import re
from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import make_team, many
from wegweiser.review.practice import Selection, figures

YEAR = Selection(start=date(2025, 1, 1), end=date(2025, 12, 31))


@pytest.fixture
def teams(authority):
    """Two teams with four decisions each, one with five."""
    small_a, small_b = make_team(authority, "Team A–F"), make_team(authority, "Team G–L")
    five = make_team(authority, "Team M–Z")
    many(authority, 4, team=small_a)
    many(authority, 4, team=small_b)
    many(authority, 5, team=five)
    return small_a, small_b, five


def shown(result):
    return {row.key[0]: not row.suppressed for row in result.teams}


def test_four_decisions_are_suppressed_and_five_are_shown(teams):
    small_a, small_b, five = teams
    assert shown(figures(YEAR, 5)) == {small_a.pk: False, small_b.pk: False, five.pk: True}


def test_the_minimum_is_a_setting(teams):
    small_a, small_b, five = teams
    assert shown(figures(YEAR, 6)) == {small_a.pk: False, small_b.pk: False, five.pk: False}
    assert shown(figures(YEAR, 4)) == {small_a.pk: True, small_b.pk: True, five.pk: True}


def test_the_page_reads_the_minimum_from_the_settings(client, users, teams, settings):
    settings.WEGWEISER_TEAM_MIN_DECISIONS = 4
    login(client, users["controlling"])
    page = client.get(reverse("review:practice"), {"start": "2025-01-01"}).content.decode()
    assert ">4<" in team_row(page, "Team A–F")  # shown: 4 is not fewer than 4


def test_a_single_small_team_takes_the_next_smallest_with_it(authority):
    small, next_smallest, large = (make_team(authority, n) for n in ("Team 1", "Team 2", "Team 3"))
    many(authority, 3, team=small)
    many(authority, 6, team=next_smallest)
    many(authority, 9, team=large)
    # Otherwise "Team 1" would follow from the total minus the teams shown.
    assert shown(figures(YEAR, 5)) == {small.pk: False, next_smallest.pk: False, large.pk: True}


def team_row(page: str, name: str) -> str:
    match = re.search(r"<tr[^>]*>\s*<th[^>]*>" + re.escape(name) + r"</th>.*?</tr>", page, re.S)
    assert match, name
    return match.group(0)


def test_the_page_shows_fewer_than_five_instead_of_the_number(client, users, teams):
    login(client, users["controlling"])
    page = client.get(reverse("review:practice"), {"start": "2025-01-01"}).content.decode()
    small = team_row(page, "Team A–F")
    assert "&lt; 5" in small
    assert ">4<" not in small
    assert ">5<" in team_row(page, "Team M–Z")


def test_a_team_filter_makes_every_cell_a_team_cell(client, users, teams):
    small_a, _small_b, _five = teams
    login(client, users["head"])
    query = {"start": "2025-01-01", "team": str(small_a.pk)}
    page = client.get(reverse("review:practice"), query).content.decode()
    assert "weniger als 5 Entscheidungen des Teams" in page
    rows = list(csv.reader(io.StringIO(
        client.get(reverse("review:practice_export"), query).content.decode("utf-8-sig")),
        delimiter=";"))
    total = next(row for row in rows if row[0] == "Insgesamt")
    assert total[3] == "< 5"
    assert "4" not in total


def test_the_team_figures_never_name_a_person(client, users, teams):
    from wegweiser.cases.models import Person

    login(client, users["head"])
    page = client.get(reverse("review:practice"), {"start": "2025-01-01"}).content.decode()
    for person in Person.objects.all():
        assert person.file_number not in page
        assert person.family_name not in page
