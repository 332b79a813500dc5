"""The case list offers "Person anlegen" and the JSON export to the roles that may use them
(both were missing in the demo)."""

import re

import pytest
from django.urls import reverse

from tests.conftest import login


def links(client, user) -> list[str]:
    body = login(client, user).get(reverse("cases:list"), {"q": "Haddad"}).content.decode()
    return re.findall(r'href="([^"]+)"', body)


@pytest.mark.parametrize("role", ["caseworker", "head"])
def test_editing_roles_see_the_create_link(client, users, person, role):
    assert reverse("cases:create") in links(client, users[role])


def test_counsellors_see_neither_create_nor_export(client, users, person):
    shown = links(client, users["counsellor"])
    assert reverse("cases:create") not in shown
    assert not [href for href in shown if "export" in href]


def test_the_json_export_link_exports_the_filtered_list(client, caseworker, person):
    json_links = [href for href in links(client, caseworker) if "export.json" in href]
    assert len(json_links) == 1 and "q=Haddad" in json_links[0]
    response = client.get(json_links[0].replace("&amp;", "&"))
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert b"KT-2019-0001" in b"".join(response.streaming_content)
