"""Staff book for callers and walk-ins in the same calendar: confirmed at once, emergency slots
included; wrong role 403, another authority's desk 404, bad input refused."""

import re

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.counselling.factories import make_desk, open_calendar
from wegweiser.counselling.models import Appointment, AppointmentStatus, Channel, Contingent, Slot


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority))


def _url(desk):
    return reverse("counselling:book", args=[desk.pk]) + "?topic=dokumente"


def test_a_counsellor_books_a_caller_confirmed_at_once(client, users, desk):
    login(client, users["counsellor"])
    page = client.get(_url(desk)).content.decode()
    slot = re.search(r'name="slot" value="(\d+)"', page).group(1)
    response = client.post(_url(desk), {"slot": slot, "channel": "phone", "name": "Omar Said",
                                        "phone": "0170 1234567", "language": "ar"})
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    assert appointment.status == AppointmentStatus.CONFIRMED
    assert appointment.channel == Channel.PHONE
    assert appointment.booked_by == users["counsellor"]


def test_staff_see_the_emergency_contingent(client, users, desk):
    login(client, users["counsellor"])
    page = client.get(_url(desk)).content.decode()
    emergency = Slot.objects.filter(desk=desk, contingent=Contingent.EMERGENCY).first()
    assert f'value="{emergency.pk}"' in page


def test_bad_input_is_refused_and_nothing_saved(client, users, desk):
    login(client, users["counsellor"])
    response = client.post(_url(desk), {"slot": "", "channel": "fax", "name": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Bitte wählen Sie einen Termin." in page
    assert not Appointment.objects.exists()


def test_a_taken_slot_says_so(client, users, desk):
    login(client, users["counsellor"])
    slot = Slot.objects.filter(desk=desk).first()
    data = {"slot": slot.pk, "channel": "walk_in", "name": "Erste Person"}
    client.post(_url(desk), data)
    response = client.post(_url(desk), {**data, "name": "Zweite Person"})
    assert response.status_code == 409
    assert "gerade vergeben" in response.content.decode()
    assert Appointment.objects.count() == 1


def test_a_controller_may_not_book(client, users, desk):
    login(client, users["controlling"])
    assert client.get(_url(desk)).status_code == 403


def test_another_authority_gets_404(client, desk, other_authority):
    login(client, make_user(other_authority, "counsellor", "fremd"))
    assert client.get(_url(desk)).status_code == 404
