"""The worklist and the statistics compare the run with the previous completed one: per pathway
the persons meeting it now and before, the change, and who is new or no longer met."""

from django.urls import reverse

from tests.conftest import login
from tests.screening.worklist_helpers import MET, UNKNOWN, persons, stored_run
from wegweiser.screening.comparison import compare


def two_runs(authority):
    a, b, c = persons(authority, "Adu", "Bello", "Cruz")
    stored_run(authority, [(a, "p25b", MET), (b, "p25b", MET), (c, "p25b", UNKNOWN)])
    return stored_run(authority, [(a, "p25b", MET), (b, "p25b", UNKNOWN), (c, "p25b", MET),
                                  (c, "p60d", MET), (a, "p23a", MET)])


def test_the_figures_per_pathway(authority):
    comparison = compare(two_runs(authority), {}, None)
    by_norm = {p.norm: p for p in comparison.pathways}
    p25b = by_norm["§ 25b Abs. 1 AufenthG"]
    assert (p25b.now, p25b.before, p25b.change, p25b.new, p25b.gone) == (2, 2, 0, 1, 1)
    p60d = by_norm["§ 60d AufenthG"]
    assert (p60d.now, p60d.before, p60d.change, p60d.new) == (1, 0, 1, 1)
    assert comparison.pathways[-1].norm.startswith("§ 23a")  # the hardship route last
    assert (comparison.persons_now, comparison.persons_before) == (2, 2)


def test_the_worklist_and_the_statistics_show_the_comparison(client, users, authority):
    two_runs(authority)
    for role, url_name in (("caseworker", "screening:worklist"), ("controlling", "screening:summary")):
        body = login(client, users[role]).get(reverse(url_name)).content.decode()
        assert "Vergleich mit dem vorigen Lauf" in body and "+1" in body
    assert "Cruz" not in body  # the statistics stay without names


def test_without_an_earlier_run_there_is_nothing_to_compare(client, caseworker, authority):
    (a,) = persons(authority, "Adu")
    run = stored_run(authority, [(a, "p25b", MET)])
    assert compare(run, {}, None) is None
    body = login(client, caseworker).get(reverse("screening:worklist")).content.decode()
    assert "Noch kein früherer Lauf zum Vergleich." in body
