"""Every public booking form: bad input gets a German message beside the field, nothing is
saved, never a 500."""

import re

import pytest
from django.urls import reverse

from tests.counselling.factories import make_desk, open_calendar
from tests.public.solved import solved
from wegweiser.counselling.models import Appointment, WaitlistEntry


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority))


@pytest.fixture
def details_url(client, desk):
    page = client.get(reverse("public:booking_slots", args=[desk.slug]),
                      {"topic": "dokumente", "language": "de"}).content.decode()
    slot = re.search(r'name="slot" value="(\d+)"', page).group(1)
    return reverse("public:booking_details", args=[desk.slug]) + \
        f"?topic=dokumente&language=de&slot={slot}"


@pytest.mark.parametrize(("data", "message"), [
    ({"name": "", "birth_date": "1990-01-01", "email": "a@example.org"}, "Namen an"),
    ({"name": "A B", "birth_date": "", "email": "a@example.org"}, "Geburtsdatum an"),
    ({"name": "A B", "birth_date": "gestern", "email": "a@example.org"}, "31.12.1990"),
    ({"name": "A B", "birth_date": "2999-01-01", "email": "a@example.org"}, "nicht möglich"),
    ({"name": "A B", "birth_date": "1990-01-01"}, "E-Mail-Adresse oder eine Telefonnummer"),
    ({"name": "A B", "birth_date": "1990-01-01", "email": "kein-at"}, "nicht gültig"),
    ({"name": "A B", "birth_date": "1990-01-01", "phone": "abc"}, "nicht gültig"),
    ({"name": "x" * 300, "birth_date": "1990-01-01", "phone": "0170123456"}, "zu lang"),
    ({"name": "A B", "birth_date": "1990-01-01", "phone": "0170123456", "website": "x"},
     "nicht angenommen"),
])
def test_the_details_form_refuses_bad_input(client, details_url, data, message):
    response = client.post(details_url, {**data, **solved()})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Appointment.objects.exists()


def test_the_topic_form_refuses_an_unknown_topic(client, desk):
    response = client.get(reverse("public:booking_topic", args=[desk.slug]), {"topic": "gibtsnicht"})
    assert response.status_code == 400
    assert "aus der Liste" in response.content.decode()


@pytest.mark.parametrize(("query", "message"), [
    ({"language": "xx"}, "Sprache aus der Liste"),
    ({"language": "de", "interpreter": "klingonisch"}, "Sprache aus der Liste"),
    ({"language": "de", "code": "FALSCH"}, "Buchungscode kennen wir nicht"),
])
def test_the_language_form_refuses_bad_input(client, desk, query, message):
    response = client.get(reverse("public:booking_preferences", args=[desk.slug]),
                          {"topic": "dokumente", **query})
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize("slot", ["abc", "999999"])
def test_a_bad_or_taken_slot_shows_fresh_alternatives(client, desk, slot):
    url = reverse("public:booking_details", args=[desk.slug])
    response = client.post(f"{url}?topic=dokumente&language=de&slot={slot}",
                           {"name": "A B", "birth_date": "1990-01-01", "phone": "0170123456",
                            **solved()})
    assert response.status_code in (302, 409)
    if response.status_code == 409:
        assert "gerade vergeben" in response.content.decode()
        assert 'name="slot"' in response.content.decode()
    assert not Appointment.objects.exists()


def test_the_waitlist_form_needs_an_e_mail_or_a_phone_number(client, desk):
    url = reverse("public:booking_waitlist", args=[desk.slug]) + "?topic=dokumente"
    response = client.post(url, {"name": "A B", "birth_date": "1990-01-01", **solved()})
    assert response.status_code == 400
    assert "eine E-Mail-Adresse oder eine Telefonnummer" in response.content.decode()
    assert not WaitlistEntry.objects.exists()


def test_the_rebook_form_refuses_a_missing_slot(client, desk, details_url):
    response = client.post(details_url, {"name": "A B", "birth_date": "1990-01-01",
                                         "phone": "0170123456", **solved()})
    manage = response["Location"].split("?")[0]
    response = client.post(manage + "umbuchen/", {"slot": ""})
    assert response.status_code == 400
    assert "neuen Termin" in response.content.decode()
