"""The decision-practice figures download as CSV, with the page's filters and formula-safe."""

import csv
import io
from datetime import date

from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import decide, make_team, many, new_person


def rows(client, query):
    response = client.get(reverse("review:practice_export"), query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_the_csv_holds_the_figures_of_the_page(client, users, authority):
    team = make_team(authority, "Team A–Z")
    many(authority, 3, decided_on=date(2025, 3, 1), team=team)
    many(authority, 2, decided_on=date(2025, 3, 1), outcome="refused", team=team,
         reasons=["identity"])
    many(authority, 1, decided_on=date(2025, 3, 1), outcome="refused", team=team,
         reasons=["old_code"])
    login(client, users["controlling"])
    table = rows(client, {"start": "2025-01-01", "end": "2025-12-31"})
    header = table[0]
    assert header[:4] == ["Tabelle", "Gruppe", "Anträge", "Entscheidungen"]
    total = dict(zip(header, next(r for r in table if r[0] == "Insgesamt"), strict=True))
    assert total["Entscheidungen"] == "6"
    assert total["Erteilungsquote (%)"] == "50,0"
    assert ["Zeitraum", "2025"] == next(r for r in table if r[0] == "Zeitraum")[:2]
    assert ["Team", "Team A–Z", "", "6"] == next(r for r in table if r[0] == "Team")[:4]
    reasons = [r[1:6] for r in table if r[0] == "Ablehnungsgrund"]
    # Labelled by cases.decision_reasons; a code it does not know is shown as it is.
    assert reasons == [["Identität nicht geklärt", "", "", "", "2"], ["old_code", "", "", "", "1"]]


def test_the_filters_apply_to_the_csv(client, users, authority):
    decide(new_person(authority), date(2025, 3, 1), pathway_id="p25b")
    decide(new_person(authority), date(2025, 3, 1), pathway_id="p25a")
    login(client, users["head"])
    table = rows(client, {"start": "2025-01-01", "pathway": "p25a"})
    total = next(r for r in table if r[0] == "Insgesamt")
    assert total[3] == "1"


def test_a_team_name_that_looks_like_a_formula_is_neutralised(client, users, authority):
    team = make_team(authority, '=HYPERLINK("http://x","y")')
    many(authority, 5, decided_on=date(2025, 3, 1), team=team)
    login(client, users["head"])
    table = rows(client, {"start": "2025-01-01"})
    assert next(r for r in table if r[0] == "Team")[1] == '\'=HYPERLINK("http://x","y")'
