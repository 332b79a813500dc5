"""The searched case list reads the same number of queries for a few persons and for a page
full of them, exact matches and variants mixed (no query per row)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import login, make_person


def queries_of_a_search(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("cases:list"), {"q": "Hussein"}).status_code == 200
    return len(captured)


def test_more_matches_need_no_more_queries(client, caseworker, authority):
    login(client, caseworker)
    make_person(authority, file_number="A0", family_name="Hussein")
    make_person(authority, file_number="A1", family_name="Husain")
    few = queries_of_a_search(client)

    for number in range(2, 70):
        make_person(authority, file_number=f"A{number}",
                    family_name="Hussein" if number % 3 else "Hossein")

    assert queries_of_a_search(client) == few
