"""Topic names on the public pages and in the visitor's e-mails: translated by Topic.key; a key
without translation shows the German name, marked lang="de"."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.counselling.factories import make_desk, open_calendar
from wegweiser.counselling.models import Topic
from wegweiser.public.topics import topic_html, topic_name


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority))


def test_a_known_key_is_translated_on_the_topic_page(client, desk):
    page = client.get(reverse("public:booking_topic", args=[desk.slug]),
                      HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    with translation.override("ar"):
        arabic = topic_name(Topic.objects.get(desk=desk, key="bleiberecht"))
    assert arabic != "Wege zum Bleiberecht"
    assert arabic in page
    assert "Wege zum Bleiberecht" not in page


def test_an_unknown_key_falls_back_to_german_marked_as_german(desk):
    topic = Topic.objects.get(desk=desk, key="dokumente")
    topic.key, topic.name = "sonder", "Sonderfall <b>"
    with translation.override("tr"):
        assert topic_name(topic) == "Sonderfall <b>"
        assert topic_html(topic) == '<span lang="de">Sonderfall &lt;b&gt;</span>'


def test_the_slots_page_shows_the_translated_name(client, desk):
    page = client.get(reverse("public:booking_slots", args=[desk.slug]),
                      {"topic": "dokumente", "language": "uk"},
                      HTTP_ACCEPT_LANGUAGE="uk").content.decode()
    with translation.override("uk"):
        assert topic_name(Topic.objects.get(desk=desk, key="dokumente")) in page
