"""Two heads edit the same event: the later save is refused (409), its input stays in the form."""

from django.urls import reverse

from tests.conftest import login
from tests.training.factories import make_event, make_topic
from wegweiser.training.models import TrainingEvent


def test_the_later_save_is_refused(client, users, authority):
    topic = make_topic(authority)
    event = make_event(topic, title="Erst")
    read_version = event.version
    TrainingEvent.objects.filter(pk=event.pk).update(title="Schneller", version=read_version + 1)
    login(client, users["head"])
    response = client.post(reverse("training:event_edit", args=[event.pk]), {
        "kind": "seminar", "topic": topic.pk, "title": "Meine Änderung", "held_on": "2026-03-10",
        "hours": "4", "cost": "", "version": read_version})
    assert response.status_code == 409
    assert "Meine Änderung" in response.content.decode()
    assert TrainingEvent.objects.get().title == "Schneller"
