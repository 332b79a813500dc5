"""The default topic list is offered to every authority; taking it over twice adds nothing."""

from django.urls import reverse

from tests.conftest import login
from tests.training.factories import make_topic
from wegweiser.training.models import TrainingTopic
from wegweiser.training.topics import DEFAULT_TOPICS


def test_missing_defaults_are_added_and_nothing_twice(client, users, authority, other_authority):
    make_topic(authority, "deeskalation")
    login(client, users["admin"])
    client.post(reverse("training:topics_seed"))
    client.post(reverse("training:topics_seed"))
    assert TrainingTopic.objects.filter(authority=authority).count() == len(DEFAULT_TOPICS)
    assert not TrainingTopic.objects.filter(authority=other_authority).exists()
