"""Controlling sees decision-practice figures, never a person's name or file number."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import SIMILAR, decide, make_team, new_person


def test_the_figures_and_the_csv_name_no_person(client, users, authority):
    team = make_team(authority, "Team A–Z")
    people = [new_person(authority, family_name=f"Zyxwv{n}", given_names="Qwertz")
              for n in range(6)]
    for n, person in enumerate(people):
        decide(person, date(2025, 3, 1), "refused" if n % 2 else "granted", team=team,
               verdict="may", similarity=SIMILAR, reasons=["identity"])
    login(client, users["controlling"])
    query = {"start": "2025-01-01", "grain": "quarter", "team": str(team.pk)}
    for name in ("review:practice", "review:practice_export"):
        text = client.get(reverse(name), query).content.decode("utf-8-sig")
        assert "Zyxwv" not in text and "Qwertz" not in text, name
        for person in people:
            assert person.file_number not in text, name


def test_the_page_offers_controlling_no_link_to_lists_of_persons(client, users):
    login(client, users["controlling"])
    page = client.get(reverse("review:practice")).content.decode()
    assert reverse("review:practice_alerts") not in page
    assert reverse("review:practice_missed") not in page
