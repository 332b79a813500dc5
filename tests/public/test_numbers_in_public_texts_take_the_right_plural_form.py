"""Periods named on public pages take the plural form of the visitor's language (Russian and
Ukrainian have three forms for whole numbers, Arabic six): "1 день", "2 дня", "5 дней"."""

import pytest
from django.urls import reverse

from tests.counselling.factories import make_desk


@pytest.mark.parametrize(("language", "days", "expected"), [
    ("ru", 1, "через 1 день после"),
    ("ru", 2, "через 2 дня после"),
    ("ru", 30, "через 30 дней после"),
    ("uk", 21, "через 21 день після"),
    ("uk", 3, "через 3 дні після"),
    ("ar", 2, "بعد 2 يومين"),
    ("ar", 7, "بعد 7 أيام"),
    ("ar", 30, "بعد 30 يومًا"),
    ("en", 1, "at the latest 1 day after"),
    ("de", 1, "spätestens 1 Tag nach"),
])
def test_the_privacy_page_names_the_deletion_period_in_the_right_form(
        client, authority, language, days, expected):
    make_desk(authority, retention_days=days)
    client.cookies["django_language"] = language
    page = client.get(reverse("public:help_privacy")).content.decode()
    assert expected in page
