"""The desk's settings: bad input gets a German message beside the field and nothing is saved;
a good save moves the version on, keeps history and writes the audit log."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.factories import make_desk
from wegweiser.audit.models import AuditEntry
from wegweiser.counselling.models import Desk


def form_data(desk, **changes):
    data = {"name": desk.name, "slug": desk.slug, "address": desk.address,
            "walk_in_hours": desk.walk_in_hours, "phone": "", "unit_minutes": 30,
            "horizon_days": 14, "release_time": "08:00", "hold_minutes": 30,
            "max_open_bookings": 2, "emergency_slots_per_day": 2, "call_count_max": 3,
            "retention_days": 30, "version": desk.version}
    data.update(changes)
    return data


@pytest.mark.parametrize(("changes", "message"), [
    ({"unit_minutes": 0}, "Bitte eine Zahl ab 1 angeben."),
    ({"unit_minutes": 500}, "Ein Zeitfenster dauert zwischen 5 und 240 Minuten."),
    ({"horizon_days": 0}, "Bitte eine Zahl ab 1 angeben."),
    ({"call_count_max": 0}, "Bitte eine Zahl ab 1 angeben."),
    ({"retention_days": 0}, "Bitte eine Zahl ab 1 angeben."),
    ({"name": " "}, "zwingend erforderlich"),
    ({"slug": "anderswo"}, "Dieser Kurzname ist schon vergeben"),
    ({"release_time": "25:99"}, "Uhrzeit"),
    ({"horizon_days": "viele"}, "ganze Zahl"),
])
def test_bad_settings_are_refused_and_nothing_is_saved(client, users, other_authority, changes,
                                                       message):
    desk = make_desk(users["head"].authority)
    make_desk(other_authority, slug="anderswo")
    login(client, users["head"])
    response = client.post(reverse("counselling:settings", args=[desk.pk]),
                           form_data(desk, **changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    stored = Desk.objects.get(pk=desk.pk)
    assert (stored.version, stored.unit_minutes, stored.name) == (1, 30, desk.name)


def test_a_good_save_moves_the_version_keeps_history_and_is_audited(client, users):
    desk = make_desk(users["head"].authority)
    login(client, users["head"])
    response = client.post(reverse("counselling:settings", args=[desk.pk]),
                           form_data(desk, call_count_max=4, walk_in_hours="Mi 14–16 Uhr"))
    assert response.status_code == 302
    desk.refresh_from_db()
    assert (desk.version, desk.call_count_max, desk.walk_in_hours) == (2, 4, "Mi 14–16 Uhr")
    assert desk.history.count() == 2
    assert AuditEntry.objects.filter(detail__record="desk", detail__id=desk.pk).exists()
