"""Pathway and help pages come in the visitor's language; Arabic and Farsi right to left."""

import pytest
from django.urls import reverse

PAGES = ["public:pathways", "public:help_booking", "public:help_walk_in", "public:help_privacy"]


@pytest.mark.parametrize("name", PAGES)
def test_help_pages_are_shown_in_arabic_right_to_left(client, db, name):
    client.cookies["django_language"] = "ar"
    page = client.get(reverse(name)).content.decode()
    assert 'lang="ar" dir="rtl"' in page


def test_a_pathway_page_is_translated(client, db):
    client.cookies["django_language"] = "en"
    page = client.get(reverse("public:pathway", args=["p25b"])).content.decode()
    assert "What you need" in page
    assert "Was Sie brauchen" not in page


def test_the_norm_keeps_its_german_form_and_direction_in_farsi(client, db):
    client.cookies["django_language"] = "fa"
    page = client.get(reverse("public:pathway", args=["p25a"])).content.decode()
    assert '<span lang="de" dir="ltr">§ 25a Abs. 1 AufenthG</span>' in page
