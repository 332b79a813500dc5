"""§ 23a (the hardship commission may ask for a permit: no title the office grants itself) is a
group of its own, not part of "Jetzt erfüllt", which it dominated in the demo."""

from django.urls import reverse

from tests.conftest import login
from tests.screening.worklist_helpers import MET, persons, stored_run
from wegweiser.screening import worklist


def test_p23a_is_listed_and_counted_apart(authority):
    a, b = persons(authority, "Adu", "Bello")
    run = stored_run(authority, [(a, "p25b", MET), (a, "p23a", MET), (b, "p23a", MET)])
    rows = worklist.base_rows(run, {}, None)
    met = worklist.listed(rows, {"group": "met"}, run.as_of)
    hardship = worklist.listed(rows, {"group": "hardship"}, run.as_of)
    assert set(met.values_list("pathway_id", flat=True)) == {"p25b"}
    assert set(hardship.values_list("person_id", "pathway_id")) == {(a.pk, "p23a"), (b.pk, "p23a")}
    counts = {g.key: g.persons for g in worklist.group_counts(rows, run.as_of)}
    assert counts["met"] == 1 and counts["hardship"] == 2


def test_the_chart_of_met_pathways_leaves_p23a_out(authority):
    (a,) = persons(authority, "Adu")
    run = stored_run(authority, [(a, "p25b", MET), (a, "p23a", MET)])
    chart = worklist.pathway_chart(worklist.base_rows(run, {}, None))
    assert not [bar for bar in chart.bars if "23a" in bar.label]
    assert [bar.value for bar in chart.bars if bar.label == "§ 25b Abs. 1 AufenthG"] == [1]


def test_the_page_offers_the_hardship_group(client, caseworker, authority):
    (a,) = persons(authority, "Adu")
    stored_run(authority, [(a, "p23a", MET)])
    login(client, caseworker)
    body = client.get(reverse("screening:worklist")).content.decode()
    assert "Härtefallersuchen möglich (1 Person, 1 Ergebnis)" in body
    assert "Keine Einträge in dieser Gruppe." in body  # nothing in "Jetzt erfüllt"
    listed = client.get(reverse("screening:worklist"), {"group": "hardship"}).content.decode()
    assert "Adu" in listed
