"""The desk's entry page: counsellors and the head see their own authority's desks only."""

from django.urls import reverse

from tests.conftest import login, make_user
from tests.counselling.factories import make_desk


def test_a_counsellor_sees_the_desks_of_the_own_authority(client, users, other_authority):
    make_desk(users["counsellor"].authority, name="Anlaufstelle Mettmann")
    make_desk(other_authority, slug="anderswo", name="Anlaufstelle Anderswo")
    login(client, users["counsellor"])
    page = client.get(reverse("counselling:home")).content.decode()
    assert "Anlaufstelle Mettmann" in page
    assert "Anlaufstelle Anderswo" not in page


def test_a_caseworker_does_not_get_the_desk_page(client, users):
    login(client, users["caseworker"])
    assert client.get(reverse("counselling:home")).status_code == 403


def test_another_authority_sees_none_of_our_desks(client, authority, other_authority):
    make_desk(authority, name="Anlaufstelle Mettmann")
    login(client, make_user(other_authority, "counsellor", "fremd"))
    assert "Anlaufstelle Mettmann" not in client.get(reverse("counselling:home")).content.decode()
