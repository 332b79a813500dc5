"""Bad filters on the decision-practice page: a German notice, the default, never a 500."""

import pytest
from django.urls import reverse

from tests.conftest import login


@pytest.mark.parametrize("query, notice", [
    ({"start": "31.02.2025"}, "kein möglicher Wert"),
    ({"start": "2025-06-01", "end": "2025-01-01"}, "liegt nach dem Ende"),
    ({"start": "1900-01-01"}, "Der Zeitraum muss zwischen"),
    ({"grain": "week"}, "kein möglicher Wert"),
    ({"pathway": "p99"}, "kein möglicher Wert"),
    ({"team": "abc"}, "kein möglicher Wert"),
    ({"colour": "red"}, "Unbekannte Angabe"),
])
def test_a_bad_filter_is_named_and_ignored(client, users, query, notice):
    login(client, users["head"])
    for name in ("review:practice", "review:practice_alerts", "review:practice_export"):
        response = client.get(reverse(name), query)
        assert response.status_code == 200, name
    page = client.get(reverse("review:practice"), query).content.decode()
    assert notice in page


def test_german_dates_are_understood(client, users):
    login(client, users["head"])
    page = client.get(reverse("review:practice"), {"start": "01.01.2024", "end": "31.12.2024"})
    assert "vom 01.01.2024 bis 31.12.2024" in page.content.decode()
