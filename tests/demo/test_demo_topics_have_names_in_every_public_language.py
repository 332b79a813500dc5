"""The demo desk's topics carry their names in every public language, so that the booking pages
of the demo show no German topic name to visitors of another language."""

from django.conf import settings

from wegweiser.counselling.desk_config import topic_languages
from wegweiser.counselling.models import Topic


def test_every_demo_topic_has_a_name_in_every_public_language(district):
    topics = list(Topic.unscoped.filter(desk=district[1].desk))
    assert topics
    for topic in topics:
        assert set(topic.translations) == set(topic_languages()), topic.key
        assert all(name.strip() and name != topic.name
                   for name in topic.translations.values()), topic.key
    assert len(topic_languages()) == len(settings.LANGUAGES) - 1
