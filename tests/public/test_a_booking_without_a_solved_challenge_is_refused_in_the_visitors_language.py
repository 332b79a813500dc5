"""The forms that create a booking or a waitlist entry need a solved proof-of-work challenge:
without one the visitor gets a message in their language and nothing is saved."""

import re
from itertools import count

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import translation

from tests.counselling.factories import make_desk, open_calendar
from tests.public.solved import solved
from wegweiser.counselling.models import Appointment, WaitlistEntry
from wegweiser.public import challenge

VISITOR = {"name": "Amina Yusuf", "birth_date": "1991-03-04", "phone": "0170 1234567"}


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority))


@pytest.fixture
def details_url(client, desk):
    page = client.get(reverse("public:booking_slots", args=[desk.slug]),
                      {"topic": "dokumente", "language": "ar"}).content.decode()
    slot = re.search(r'name="slot" value="(\d+)"', page).group(1)
    return reverse("public:booking_details", args=[desk.slug]) + \
        f"?topic=dokumente&language=ar&slot={slot}"


def _message_in(language: str) -> str:
    with translation.override(language):
        return translation.gettext("Die Sicherheitsprüfung ist nicht fertig. Bitte warten Sie "
                                   "einen Moment und senden Sie das Formular noch einmal.")


def test_the_details_form_without_a_nonce_is_refused_in_arabic(client, details_url):
    response = client.post(details_url, VISITOR, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 400
    page = response.content.decode()
    assert _message_in("ar") in page
    assert _message_in("ar") != _message_in("de")
    assert 'name="challenge"' in page  # a fresh challenge for the next try
    assert not Appointment.objects.exists()


def _wrong_nonce(token: str) -> str:
    """A nonce that does not solve this challenge (a fixed one would, by chance, 1 time in 2^bits)."""
    difficulty = int(signing.loads(token, salt=challenge.SALT)["bits"])
    return next(f"x{n}" for n in count()
                if not challenge.leading_zero_bits_ok(token, f"x{n}", difficulty))


def test_a_wrong_nonce_is_refused(client, details_url):
    token = solved()["challenge"]
    response = client.post(details_url, {**VISITOR, "challenge": token,
                                         "challenge_nonce": _wrong_nonce(token)})
    assert response.status_code == 400
    assert not Appointment.objects.exists()


def test_the_waitlist_form_without_a_challenge_is_refused(client, desk):
    url = reverse("public:booking_waitlist", args=[desk.slug]) + "?topic=dokumente"
    response = client.post(url, {**VISITOR, "email": "a@example.org"}, HTTP_ACCEPT_LANGUAGE="tr")
    assert response.status_code == 400
    assert _message_in("tr") in response.content.decode()
    assert not WaitlistEntry.objects.exists()


def test_with_a_solved_challenge_the_booking_is_saved(client, details_url):
    response = client.post(details_url, {**VISITOR, **solved()})
    assert response.status_code == 302
    assert Appointment.objects.count() == 1


def test_the_challenge_can_be_switched_off_for_benchmarks(client, details_url, settings):
    settings.WEGWEISER_PUBLIC_CHALLENGE = False
    assert client.post(details_url, VISITOR).status_code == 302
    assert Appointment.objects.count() == 1
