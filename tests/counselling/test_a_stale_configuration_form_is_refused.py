"""Optimistic locking: a form loaded before someone else saved is refused, input kept."""

from django.urls import reverse

from tests.conftest import login
from tests.counselling.factories import make_desk
from tests.counselling.test_desk_settings_refuse_bad_input_in_german import form_data
from wegweiser.counselling.models import Desk


def test_a_save_from_an_older_version_is_refused_with_409(client, users):
    desk = make_desk(users["head"].authority)
    Desk.objects.filter(pk=desk.pk).update(version=2)
    login(client, users["head"])
    response = client.post(reverse("counselling:settings", args=[desk.pk]),
                           form_data(desk, name="Neu", version=1))
    assert response.status_code == 409
    assert "von jemand anderem geändert" in response.content.decode()
    assert Desk.objects.get(pk=desk.pk).name == "Zentrale Anlaufstelle"
