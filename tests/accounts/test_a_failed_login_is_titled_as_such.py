"""A failed login is announced as a failed login, not as "Nicht gespeichert" (seen in the demo)."""

from django.urls import reverse


def test_the_alert_of_a_failed_login_names_the_failed_login(client, caseworker):
    response = client.post(reverse("login"), {"username": caseworker.username, "password": "falsch"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Anmeldung fehlgeschlagen" in body
    assert "Nicht gespeichert" not in body


def test_a_refused_save_keeps_the_title_not_saved(client, users, person):
    from tests.cases.test_optimistic_locking import person_form
    from tests.conftest import login

    stale = person_form(person, version=person.version - 1 if person.version > 1 else 99)
    response = login(client, users["caseworker"]).post(reverse("cases:edit", args=[person.pk]), stale)
    body = response.content.decode()
    assert response.status_code == 409
    assert "Nicht gespeichert" in body and "Anmeldung fehlgeschlagen" not in body
