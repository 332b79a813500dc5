"""Each authority has its own topic list, seeded with defaults; the head of department changes it,
a topic that is no longer offered stays on earlier sessions."""

import re

import pytest
from django.urls import reverse

from tests.conftest import login
from wegweiser.counselling import records
from wegweiser.counselling.models import RecordTopic

from .records_helpers import make_session


@pytest.mark.django_db
def test_every_authority_starts_with_the_default_topics(authority, other_authority):
    ours = list(records.topics(authority.pk).values_list("key", flat=True))
    assert {"pathways", "documents", "language", "work", "family", "health", "housing",
            "benefits"} <= set(ours)
    assert records.topics(other_authority.pk).count() == len(ours)
    assert RecordTopic.unscoped.filter(authority=authority).count() == len(ours)


@pytest.mark.django_db
def test_the_head_adds_and_retires_topics(client, users):
    head = users["head"]
    login(client, head)
    response = client.post(reverse("counselling:topic_create"),
                           {"key": "school", "name": "Schule der Kinder", "position": 20,
                            "active": "on"})
    assert response.status_code == 302
    session = make_session(users["counsellor"], topic_keys=["housing"])
    housing = RecordTopic.objects.get(key="housing")
    client.post(reverse("counselling:topic_edit", args=[housing.pk]),
                {"key": "housing", "name": "Wohnen", "position": 8, "version": housing.version})
    offered = set(records.topics(head.authority_id).values_list("key", flat=True))
    assert "school" in offered and "housing" not in offered
    assert list(session.topics.values_list("key", flat=True)) == ["housing"]


@pytest.mark.django_db
@pytest.mark.parametrize(("data", "message"), [
    ({"key": "work", "name": "Doppelt"}, "Bitte einen Schlüssel angeben, den noch kein Thema"),
    ({"key": "neu", "name": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"key": "mit leerzeichen", "name": "x"}, "Bitte ein gültiges Kürzel"),
])
def test_bad_topics_are_refused(client, users, data, message):
    records.topics(users["head"].authority_id)
    before = RecordTopic.objects.count()
    response = login(client, users["head"]).post(reverse("counselling:topic_create"),
                                                 {"position": 1, **data})
    assert response.status_code == 400 and message in response.content.decode()
    assert RecordTopic.objects.count() == before


@pytest.mark.django_db
def test_editing_a_session_keeps_its_retired_topic(client, users):
    session = make_session(users["counsellor"], topic_keys=["housing"])
    RecordTopic.objects.filter(key="housing").update(active=False)
    page = login(client, users["counsellor"]).get(
        reverse("counselling:session_edit", args=[session.pk])).content.decode()
    housing = RecordTopic.objects.get(key="housing")
    assert re.search(f'name="topics" value="{housing.pk}"[^>]*checked', page)
    new = login(client, users["counsellor"]).get(reverse("counselling:session_create"))
    assert f'name="topics" value="{housing.pk}"' not in new.content.decode()
