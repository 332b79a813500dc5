"""The worklist counts persons and results (person × pathway) apart and says which is which:
in the demo "Jetzt erfüllt (2824)" counted results but read as persons."""

from django.urls import reverse

from tests.conftest import login
from tests.screening.worklist_helpers import MET, UNKNOWN, persons, stored_run
from wegweiser.screening import worklist


def test_a_person_meeting_two_pathways_is_one_person_and_two_results(authority):
    a, b, c = persons(authority, "Adu", "Bello", "Cruz")
    run = stored_run(authority, [(a, "p25b", MET), (a, "p60d", MET), (b, "p25b", MET),
                                 (c, "p25b", UNKNOWN), (c, "p60d", UNKNOWN)])
    counts = {g.key: g for g in worklist.group_counts(worklist.base_rows(run, {}, None), run.as_of)}
    assert (counts["met"].persons, counts["met"].results) == (2, 3)
    assert (counts["missing"].persons, counts["missing"].results) == (1, 2)


def test_the_page_labels_persons_and_results(client, caseworker, authority):
    a, b = persons(authority, "Adu", "Bello")
    stored_run(authority, [(a, "p25b", MET), (a, "p60d", MET), (b, "p25b", MET)])
    body = login(client, caseworker).get(reverse("screening:worklist")).content.decode()
    assert "Ergebnisse (Person × Weg)" in body
    assert "Jetzt erfüllt (2 Personen, 3 Ergebnisse)" in body
    assert "Eine Zeile je Person und Bleiberechtsweg" in body
