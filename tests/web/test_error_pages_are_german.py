"""With DEBUG off, 400, 403, 404 and 500 answer with German pages in the office's layout and a
way back - not Django's English defaults (seen in the demo)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import login


@pytest.fixture(autouse=True)
def production(settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.web.error_urls"


def assert_german_error_page(response, status, heading):
    body = response.content.decode()
    assert response.status_code == status
    assert heading in body and f"Fehler {status}" in body
    assert '<html lang="de">' in body and "kern-kopfzeile" in body
    assert "Zur Startseite" in body
    for english in ("Not Found", "Forbidden", "Bad Request", "Server Error"):
        assert english not in body


def test_an_unknown_address_gives_the_german_404(client, caseworker):
    response = login(client, caseworker).get("/gibt-es-nicht/")
    assert_german_error_page(response, 404, "Seite nicht gefunden")


def test_a_row_of_another_authority_gives_the_german_404(client, stranger, person):
    response = login(client, stranger).get(reverse("cases:detail", args=[person.pk]))
    assert_german_error_page(response, 404, "Seite nicht gefunden")


def test_a_page_the_role_may_not_open_gives_the_german_403(client, users):
    response = login(client, users["controlling"]).get(reverse("cases:list"))
    assert_german_error_page(response, 403, "Keine Berechtigung")


def test_a_bad_request_gives_the_german_400(client, caseworker):
    response = login(client, caseworker).get("/test-400/")
    assert_german_error_page(response, 400, "Ungültige Anfrage")


def test_a_crash_gives_the_german_500(caseworker):
    client = Client(raise_request_exception=False)
    client.force_login(caseworker)
    response = client.get("/test-500/")
    assert_german_error_page(response, 500, "Interner Fehler")


def test_the_500_page_needs_neither_request_nor_database():
    """No database fixture here: any query while rendering would fail the test."""
    from django.template import loader

    body = loader.get_template("500.html").render()
    assert "Interner Fehler" in body and 'href="/"' in body


def test_an_expired_form_gives_the_german_csrf_page(caseworker, person):
    client = Client(enforce_csrf_checks=True)
    client.force_login(caseworker)
    response = client.post(reverse("cases:follow_up_add", args=[person.pk]), {})
    assert_german_error_page(response, 403, "Formular abgelaufen")
