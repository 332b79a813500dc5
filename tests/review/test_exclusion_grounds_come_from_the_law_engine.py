"""A petition's page shows the exclusion grounds of HFKVO NRW § 5 from the law engine's § 23a
criteria, with their norms, and marks the grounds the engine does not check."""

from review.hardship_factories import pending_petition
from tests.conftest import login
from wegweiser.cases.models import Assessment


def _page(client, user, petition) -> str:
    login(client, user)
    response = client.get(f"/praxis/haertefall/{petition.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_engines_criteria_are_shown_with_their_norms(client, person, caseworker):
    page = _page(client, caseworker, pending_petition(person, caseworker))

    assert "§ 5 Abs. 1 HFKVO NRW" in page and "§ 5 Abs. 2 HFKVO NRW" in page
    assert "Keine Anordnung nach § 58a" in page  # the engine's criterion text
    assert "zur Fahndung ausgeschrieben" in page  # a verified ground the engine lacks …
    assert "nicht in der Prüfung – bitte in der Akte prüfen" in page  # … and marked as such
    assert "Ausgeschlossen" not in page


def test_an_expulsion_shows_the_procedure_as_excluded(client, person, caseworker):
    Assessment.objects.create(authority=person.authority, person=person, expulsion_order=True,
                              resides_in_nrw=True)

    page = _page(client, caseworker, pending_petition(person, caseworker))

    assert "Ausgeschlossen" in page
