"""The head creates a desk; the slug must be free across authorities (public addresses)."""

from django.urls import reverse

from tests.conftest import login
from tests.counselling.factories import make_desk
from tests.counselling.test_desk_settings_refuse_bad_input_in_german import form_data
from wegweiser.counselling.models import Desk


def test_a_new_desk_is_created_and_a_taken_slug_refused(client, users, other_authority):
    taken = make_desk(other_authority, slug="vergeben")
    login(client, users["head"])
    url = reverse("counselling:desk_create")
    refused = client.post(url, form_data(taken, name="Neue Stelle", version=""))
    assert refused.status_code == 400 and "schon vergeben" in refused.content.decode()
    created = client.post(url, form_data(taken, name="Neue Stelle", slug="neu", version=""))
    desk = Desk.objects.get(slug="neu")
    assert created.status_code == 302 and desk.authority == users["head"].authority
    assert client.get(reverse("counselling:home")).status_code == 200
