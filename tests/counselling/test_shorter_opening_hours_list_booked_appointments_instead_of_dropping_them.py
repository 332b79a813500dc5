"""A configuration change calls sync_slots: free slots follow the new hours, a booked
appointment whose slot is gone stays and is shown on the settings page until rearranged."""

from datetime import time as clock
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from tests.counselling.desk_helpers import book
from tests.counselling.factories import make_desk
from wegweiser.counselling.models import Appointment, OpeningHours, Slot
from wegweiser.counselling.slots import at, sync_slots


def next_weekday():
    day = timezone.localdate() + timedelta(days=1)
    while day.weekday() > 4:
        day += timedelta(days=1)
    return day


def test_the_booked_appointment_outside_the_new_hours_is_listed(client, users):
    desk = make_desk(users["head"].authority)
    sync_slots(desk)
    day = next_weekday()
    late = book(desk, at(day, clock(11, 30)), name="Amina Test", phone="0151 1234")
    block = OpeningHours.objects.get(desk=desk, weekday=day.weekday())
    login(client, users["head"])

    response = client.post(reverse("counselling:hours_edit", args=[desk.pk, block.pk]), {
        "weekday": block.weekday, "starts": "09:00", "ends": "11:00", "counsellors": 2,
        "version": block.version}, follow=True)

    page = response.content.decode()
    assert "1 Termin liegt jetzt außerhalb der Öffnungszeiten" in page
    assert "Termine außerhalb der Öffnungszeiten" in page and "0151 1234" in page
    assert Appointment.objects.filter(pk=late.pk).exists()
    assert not Slot.objects.filter(desk=desk, starts_at=at(day, clock(11, 30)), seat=2).exists()


def test_a_closed_day_on_a_booked_day_lists_the_appointment(client, users):
    desk = make_desk(users["head"].authority)
    sync_slots(desk)
    day = next_weekday()
    book(desk, at(day, clock(9)), name="Bilal Test")
    login(client, users["head"])
    response = client.post(reverse("counselling:closed_day_add", args=[desk.pk]),
                           {"day": day.isoformat(), "reason": "Personalversammlung"}, follow=True)
    assert "Bilal Test" in response.content.decode()
    assert Slot.objects.filter(desk=desk, starts_at__date=day).count() == 1
