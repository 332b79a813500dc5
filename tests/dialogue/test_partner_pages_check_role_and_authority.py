"""The partner register: caseworkers, the head and counsellors read it; counsellors and the head
edit it; controlling, the data-protection officer and the administration get 403; rows of another
authority are 404."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.counselling.records_helpers import make_partner
from wegweiser.dialogue.models import Contact


@pytest.fixture
def partner(authority):
    organisation = make_partner(authority)
    contact = Contact.objects.create(authority=authority, organisation=organisation,
                                     name="Frau Beispiel", email="b@example.org")
    return organisation, contact


def _pages(organisation, contact):
    return {
        "read": [reverse("dialogue:partner_list"),
                 reverse("dialogue:partner_detail", args=[organisation.pk])],
        "edit": [reverse("dialogue:partner_create"),
                 reverse("dialogue:partner_edit", args=[organisation.pk])],
        "post": [reverse("dialogue:contact_add", args=[organisation.pk]),
                 reverse("dialogue:contact_delete", args=[contact.pk])],
    }


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "reads", "edits"), [
    ("caseworker", True, False), ("head", True, True), ("counsellor", True, True),
    ("controlling", False, False), ("dpo", False, False), ("admin", False, False)])
def test_each_role_gets_what_it_may(client, users, partner, role, reads, edits):
    pages = _pages(*partner)
    login(client, users[role])
    for url in pages["read"]:
        assert (client.get(url).status_code == 200) is reads, url
        assert (client.get(url).status_code == 403) is not reads, url
    for url in pages["edit"]:
        assert (client.get(url).status_code == 200) is edits, url
        assert (client.get(url).status_code == 403) is not edits, url
    for url in pages["post"]:
        assert (client.post(url, {"version": 0}).status_code == 403) is not edits, url
    assert Contact.objects.exists()


@pytest.mark.django_db
def test_another_authority_sees_none_of_our_partners(client, partner, other_authority):
    organisation, contact = partner
    login(client, make_user(other_authority, "counsellor", "fremd"))
    assert organisation.name not in client.get(reverse("dialogue:partner_list")).content.decode()
    for url in _pages(organisation, contact)["read"][1:] + _pages(organisation,
                                                                  contact)["edit"][1:]:
        assert client.get(url).status_code == 404, url
    for url in _pages(organisation, contact)["post"]:
        assert client.post(url, {"version": contact.version, "name": "x",
                                 "email": "x@example.org"}).status_code == 404, url
    assert Contact.objects.filter(pk=contact.pk).exists()
