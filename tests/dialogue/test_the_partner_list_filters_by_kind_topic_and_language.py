"""The partner list narrows by kind, topic and language offered."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.records_helpers import make_partner


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "shown", "hidden"), [
    ({"kind": "lawyer"}, "Kanzlei Recht", "Jobcenter ME"),
    ({"topic": "arbeit"}, "Jobcenter ME", "Kanzlei Recht"),
    ({"language": "ukrain"}, "Kanzlei Recht", "Jobcenter ME"),
    ({}, "Kanzlei Recht", "nichts"),
])
def test_the_filters_narrow_the_list(client, users, authority, query, shown, hidden):
    make_partner(authority, name="Kanzlei Recht", kind="lawyer", topics="Aufenthalt",
                 languages="Ukrainisch, Russisch")
    make_partner(authority, name="Jobcenter ME", kind="jobcenter", topics="Arbeit, Leistungen",
                 languages="Deutsch")
    page = login(client, users["caseworker"]).get(reverse("dialogue:partner_list"),
                                                  query).content.decode()
    assert shown in page and hidden not in page
