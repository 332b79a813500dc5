"""German is the default; the language switch in the header turns the staff pages English."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.conftest import login


@pytest.fixture(autouse=True)
def _german_afterwards():
    # The middleware activates the chosen language for the test thread; leave German behind.
    yield
    translation.deactivate()


def switch_to_english(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": reverse("cases:list")})
    assert response.status_code == 302
    assert client.cookies["django_language"].value == "en"


def test_the_language_switch_makes_the_case_list_english(client, caseworker, person):
    login(client, caseworker)
    switch_to_english(client)
    response = client.get(reverse("cases:list"))
    body = response.content.decode()
    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in body
    assert '<h1 class="kern-heading-x-large">Cases</h1>' in body
    assert "Kettenduldung (months)" in body
    assert "Iraq" in body
    assert "Suchen" not in body
    assert "Fälle" not in body


def test_the_language_switch_makes_the_case_detail_english(client, caseworker, person):
    login(client, caseworker)
    switch_to_english(client)
    body = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert "Residence status over time" in body
    assert "To the case list" in body
    assert "File number" in body
    assert "Next deadline" in body and "since 01.04.2017" in body  # the summary at the top
    assert "Aufenthaltsstatus im Zeitverlauf" not in body
    assert "Nächste Frist" not in body


def test_german_stays_the_default_without_the_cookie(client, caseworker, person):
    login(client, caseworker)
    response = client.get(reverse("cases:list"), headers={"accept-language": "en"})
    body = response.content.decode()
    assert response["Content-Language"] == "de"
    assert '<h1 class="kern-heading-x-large">Fälle</h1>' in body
    assert "Irak" in body
    detail = client.get(reverse("cases:detail", args=[person.pk]), headers={"accept-language": "en"})
    assert "Aufenthaltsstatus im Zeitverlauf" in detail.content.decode()


def test_switching_back_to_german_works(client, caseworker, person):
    login(client, caseworker)
    switch_to_english(client)
    client.post("/i18n/setlang/", {"language": "de", "next": reverse("cases:list")})
    body = client.get(reverse("cases:list")).content.decode()
    assert '<h1 class="kern-heading-x-large">Fälle</h1>' in body
