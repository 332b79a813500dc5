"""Counts, comparison and charts stand above the long list (in the demo they sat below 50 rows
and a pagination of 55 pages)."""

from django.urls import reverse

from tests.conftest import login
from tests.screening.worklist_helpers import MET, persons, stored_run


def test_the_overview_and_the_charts_precede_the_list(client, caseworker, authority):
    a, b = persons(authority, "Adu", "Bello")
    stored_run(authority, [(a, "p25b", MET), (b, "p25b", MET)])
    body = login(client, caseworker).get(reverse("screening:worklist")).content.decode()
    overview, chart, listing = body.index('id="h-overview"'), body.index("<svg"), body.index('id="h-list"')
    assert overview < chart < listing < body.index("Adu")
