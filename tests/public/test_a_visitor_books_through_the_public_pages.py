"""The whole public path without login: topic, language, time, details, e-mail link, confirm,
manage page with cancel and rebook."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.counselling.factories import make_desk, open_calendar
from tests.public.solved import solved
from wegweiser.counselling.models import Appointment, AppointmentStatus


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority, phone="02104 99-0"))


def _slot_of(page):
    return re.search(r'name="slot" value="(\d+)"', page).group(1)


def test_booking_confirming_rebooking_and_cancelling(client, desk, django_capture_on_commit_callbacks):
    base = f"/buergerservice/{desk.slug}/termin/"
    response = client.get(base, {"topic": "bleiberecht"})
    assert response.status_code == 302
    response = client.get(response["Location"] + "&language=ar&interpreter=ku")
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    slot = _slot_of(page)
    response = client.get(reverse("public:booking_slots", args=[desk.slug]),
                          {"topic": "bleiberecht", "language": "ar", "interpreter": "ku",
                           "slot": slot})
    details_url = response["Location"]
    assert client.get(details_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(details_url, {"name": "Amina Yusuf", "birth_date": "1991-03-04",
                                             "email": "amina@example.org", "phone": "", **solved()})
    assert response["Location"] == reverse("public:booking_sent", args=[desk.slug])
    appointment = Appointment.objects.get()
    assert (appointment.language, appointment.interpreter_language) == ("ar", "ku")
    link = re.search(r"http://\S+/bestaetigen/\S+/", mail.outbox[0].body).group(0)
    confirm_path = link.removeprefix("http://127.0.0.1:8000")
    assert client.get(confirm_path).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm_path)
    manage_path = response["Location"]
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.CONFIRMED

    page = client.get(manage_path).content.decode()
    other = _slot_of(page)
    response = client.post(manage_path.split("?")[0] + "umbuchen/", {"slot": other})
    assert response.status_code == 302
    response = client.post(manage_path.split("?")[0] + "absagen/")
    assert response.status_code == 200
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.CANCELLED


def test_a_phone_only_booking_lands_on_its_manage_page(client, desk):
    start_page = client.get(f"/buergerservice/{desk.slug}/termin/zeit/",
                            {"topic": "dokumente", "language": "de"}).content.decode()
    url = (reverse("public:booking_details", args=[desk.slug])
           + f"?topic=dokumente&language=de&slot={_slot_of(start_page)}")
    response = client.post(url, {"name": "Omar Said", "birth_date": "04.05.1988",
                                 "phone": "0170 1234567", **solved()})
    assert "/termin/verwalten/" in response["Location"]
    assert Appointment.objects.get().status == AppointmentStatus.CONFIRMED
