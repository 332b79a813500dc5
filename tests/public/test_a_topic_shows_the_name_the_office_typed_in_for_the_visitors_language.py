"""A topic the public catalogues do not know shows the name the office typed in for the visitor's
language; a typed-in name also comes before the catalogue's; without one, the catalogue, then the
German name marked lang="de"."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.counselling.factories import make_desk, open_calendar
from wegweiser.counselling.models import Topic
from wegweiser.public.topics import topic_html, topic_name


@pytest.fixture
def desk(authority):
    desk = open_calendar(make_desk(authority))
    Topic.objects.create(authority=authority, desk=desk, name="Einbürgerung", key="einbuergerung",
                         position=3, translations={"ar": "التجنس", "tr": "Vatandaşlık"})
    return desk


def test_a_custom_topic_shows_its_arabic_name_on_the_arabic_booking_page(client, desk):
    page = client.get(reverse("public:booking_topic", args=[desk.slug]),
                      HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "التجنس" in page
    assert "Einbürgerung" not in page


def test_the_typed_in_name_also_goes_into_the_visitors_pages_after_the_topic(client, desk):
    page = client.get(reverse("public:booking_slots", args=[desk.slug]),
                      {"topic": "einbuergerung", "language": "tr"},
                      HTTP_ACCEPT_LANGUAGE="tr").content.decode()
    assert "Vatandaşlık" in page


def test_a_typed_in_name_comes_before_the_catalogue(desk):
    topic = Topic.objects.get(desk=desk, key="dokumente")
    topic.translations = {"ru": "Паспорт и документы"}
    with translation.override("ru"):
        assert topic_name(topic) == "Паспорт и документы"
    with translation.override("uk"):
        assert topic_name(topic) != "Dokumente und Anträge"  # the catalogue's name


def test_without_a_typed_in_name_the_german_name_is_marked_german(desk):
    topic = Topic.objects.get(desk=desk, key="einbuergerung")
    with translation.override("fa"):
        assert topic_html(topic) == '<span lang="de">Einbürgerung</span>'
    with translation.override("de"):
        assert topic_name(topic) == "Einbürgerung"
