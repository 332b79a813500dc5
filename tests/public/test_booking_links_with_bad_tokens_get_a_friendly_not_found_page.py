"""A wrong, used or foreign token shows a friendly 404 page, never someone's appointment."""

import pytest
from django.urls import reverse

from tests.counselling.factories import make_desk, open_calendar


@pytest.mark.parametrize("name", ["booking_confirm", "booking_manage"])
def test_an_unknown_token_is_a_friendly_404(client, authority, name):
    desk = open_calendar(make_desk(authority))
    response = client.get(reverse(f"public:{name}", args=[desk.slug, "nichtsda"]))
    assert response.status_code == 404
    assert "Diesen Link kennen wir nicht" in response.content.decode()


@pytest.mark.parametrize("name", ["booking_cancel", "booking_rebook", "booking_confirm"])
def test_posting_to_an_unknown_token_changes_nothing(client, authority, name):
    desk = open_calendar(make_desk(authority))
    assert client.post(reverse(f"public:{name}", args=[desk.slug, "nichtsda"])).status_code == 404


def test_an_unknown_desk_is_404(client, db):
    assert client.get(reverse("public:booking_topic", args=["gibtsnicht"])).status_code == 404
