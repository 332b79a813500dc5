"""The main menu marks exactly the item of the page shown (a bug seen in the demo: two were)."""

import re

import pytest
from django.urls import reverse

from tests.conftest import login


def current_items(html: str) -> list[str]:
    nav = re.search(r'<nav class="kern-container main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'aria-current="page">([^<]+)<', nav)


@pytest.mark.parametrize(("url_name", "label"), [
    ("screening:summary", "Prüfstatistik"),
    ("screening:worklist", "Bleiberechtsprüfung"),
    ("cases:my_follow_ups", "Meine Wiedervorlagen"),
    ("cases:list", "Fälle"),
])
def test_only_the_page_of_the_longest_matching_address_is_current(client, users, url_name, label):
    html = login(client, users["head"]).get(reverse(url_name)).content.decode()
    assert current_items(html) == [label]


def test_a_case_page_marks_the_case_list(client, caseworker, person):
    html = login(client, caseworker).get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert current_items(html) == ["Fälle"]
