"""The legal assessment is saved through the one door: newer edits win, input is kept."""

from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.models import Assessment


def form_data(version, **facts):
    return {"version": version, "note": "", "evidence": "", **facts}


def test_a_new_assessment_is_saved_and_unknown_stays_unknown(client, caseworker, person):
    url = reverse("screening:assessment", args=[person.pk])
    response = login(client, caseworker).post(
        url, form_data("", departure_impossible="true", illness_or_disability="unknown")
    )
    assert response.status_code == 302
    saved = Assessment.objects.get(person=person)
    assert saved.departure_impossible is True
    assert saved.illness_or_disability is None


def test_a_stale_version_is_refused_with_409_and_the_stored_value_survives(
        client, users, person):
    url = reverse("screening:assessment", args=[person.pk])
    login(client, users["caseworker"]).post(url, form_data("", departure_impossible="true"))
    login(client, users["head"]).post(url, form_data(1, departure_impossible="false"))
    response = login(client, users["caseworker"]).post(
        url, form_data(1, departure_impossible="unknown", note="meine Notiz")
    )
    assert response.status_code == 409
    assert "meine Notiz" in response.content.decode()
    assert Assessment.objects.get(person=person).departure_impossible is False
