"""Closed days (not twice, not in the past) and topics (key unique per desk, at least one
slot long): refused in German, nothing saved."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from tests.counselling.factories import make_desk
from wegweiser.counselling.models import ClosedDay, Topic


def test_a_closed_day_cannot_be_entered_twice_or_for_the_past(client, users):
    desk = make_desk(users["head"].authority)
    tomorrow = timezone.localdate() + timedelta(days=1)
    login(client, users["head"])
    url = reverse("counselling:closed_day_add", args=[desk.pk])
    assert client.post(url, {"day": tomorrow.isoformat(), "reason": "Betriebsausflug"}).status_code == 302
    again = client.post(url, {"day": tomorrow.isoformat()})
    assert again.status_code == 400
    assert "schon als Schließtag eingetragen" in again.content.decode()
    past = client.post(url, {"day": (tomorrow - timedelta(days=5)).isoformat()})
    assert "in der Vergangenheit" in past.content.decode()
    garbage = client.post(url, {"day": "morgen"})
    assert garbage.status_code == 400
    assert ClosedDay.objects.filter(desk=desk).count() == 1


@pytest.mark.parametrize(("data", "message"), [
    ({"name": "Neu", "key": "dokumente", "units": 1, "position": 3},
     "Diesen Schlüssel hat schon ein anderes Anliegen"),
    ({"name": "Neu", "key": "neu", "units": 0, "position": 3}, "Bitte eine Zahl ab 1 angeben."),
    ({"name": "Neu", "key": "kein slug!", "units": 1, "position": 3}, "gültiges Kürzel"),
    ({"name": "", "key": "neu", "units": 1, "position": 3}, "zwingend erforderlich"),
])
def test_bad_topics_are_refused(client, users, data, message):
    desk = make_desk(users["head"].authority)
    login(client, users["head"])
    response = client.post(reverse("counselling:desk_topic_add", args=[desk.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Topic.objects.filter(desk=desk).count() == 2


def test_the_same_key_may_be_used_by_another_desk(client, users):
    make_desk(users["head"].authority)
    other = make_desk(users["head"].authority, slug="zweite")
    login(client, users["head"])
    response = client.post(reverse("counselling:desk_topic_edit", args=[
        other.pk, other.topics.get(key="dokumente").pk]), {
        "name": "Dokumente", "key": "dokumente", "units": 2, "position": 1, "version": 1})
    assert response.status_code == 302
    assert other.topics.get(key="dokumente").units == 2
