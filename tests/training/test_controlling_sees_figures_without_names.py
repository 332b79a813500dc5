"""Controlling sees the training figures, never a name; the DPO sees no figures at all."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from tests.training.factories import make_event, make_topic, require


def test_the_figures_page_names_nobody(client, users, authority):
    topic = make_topic(authority)
    require(topic, "counsellor", 12)
    make_event(topic, held_on=date.today(), hours="6.5", attendees=[users["counsellor"]])
    login(client, users["controlling"])
    page = client.get(reverse("training:figures")).content.decode()
    assert "1 von 1 Beschäftigten der Beratung haben alle Pflichtthemen gültig." in page
    assert "6,5" in page
    main = page[page.index("<main"):]  # the header names the signed-in user
    for user in users.values():
        assert user.last_name not in main, user.role


def test_the_data_protection_officer_gets_no_figures(client, users):
    login(client, users["dpo"])
    assert client.get(reverse("training:figures")).status_code == 403
