"""Opening hours: the end after the start, no two blocks overlapping on one weekday, at least
one counsellor; bad input is refused in German and nothing is saved."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.factories import make_desk
from wegweiser.counselling.models import OpeningHours


@pytest.mark.parametrize(("data", "message"), [
    ({"weekday": 0, "starts": "12:00", "ends": "10:00", "counsellors": 1},
     "Das Ende muss nach dem Beginn liegen."),
    ({"weekday": 0, "starts": "11:00", "ends": "13:00", "counsellors": 1},
     "Überschneidet sich mit der Öffnungszeit 09:00–12:00 Uhr"),
    ({"weekday": 0, "starts": "13:00", "ends": "13:10", "counsellors": 1},
     "kürzer als ein Zeitfenster"),
    ({"weekday": 0, "starts": "13:00", "ends": "15:00", "counsellors": 0},
     "mindestens eine Beraterin"),
    ({"weekday": 9, "starts": "13:00", "ends": "15:00", "counsellors": 1}, "gültige Auswahl"),
    ({"weekday": 0, "starts": "mittags", "ends": "15:00", "counsellors": 1}, "Uhrzeit"),
])
def test_bad_opening_hours_are_refused(client, users, data, message):
    desk = make_desk(users["head"].authority)
    login(client, users["head"])
    response = client.post(reverse("counselling:hours_add", args=[desk.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert OpeningHours.objects.filter(desk=desk).count() == 5


def test_an_afternoon_block_beside_the_morning_is_saved(client, users):
    desk = make_desk(users["head"].authority)
    login(client, users["head"])
    response = client.post(reverse("counselling:hours_add", args=[desk.pk]),
                           {"weekday": 0, "starts": "12:00", "ends": "15:00", "counsellors": 1})
    assert response.status_code == 302
    assert OpeningHours.objects.filter(desk=desk, weekday=0).count() == 2


def test_changing_a_block_does_not_overlap_with_itself(client, users):
    desk = make_desk(users["head"].authority)
    block = OpeningHours.objects.get(desk=desk, weekday=1)
    login(client, users["head"])
    response = client.post(reverse("counselling:hours_edit", args=[desk.pk, block.pk]),
                           {"weekday": 1, "starts": "08:00", "ends": "12:00", "counsellors": 3,
                            "version": block.version})
    assert response.status_code == 302
    block.refresh_from_db()
    assert (block.counsellors, block.version) == (3, 2)
