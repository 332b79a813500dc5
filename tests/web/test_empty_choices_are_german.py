"""The empty choice of a select reads German, not Django's "- Select an option -" (seen in the demo)."""

import pytest
from django.urls import reverse

from tests.conftest import login


@pytest.mark.parametrize("url_name", ["cases:create", "cases:period_add", "cases:asylum_edit",
                                      "cases:follow_up_add"])
def test_the_empty_choice_is_german(client, caseworker, person, url_name):
    args = [] if url_name == "cases:create" else [person.pk]
    body = login(client, caseworker).get(reverse(url_name, args=args)).content.decode()
    assert "Select an option" not in body
    assert "– bitte auswählen –" in body



def test_the_english_interface_does_not_show_the_german_label(client, caseworker, person):
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = login(client, caseworker).get(reverse("cases:create")).content.decode()
    assert "Select an option" not in body and "bitte auswählen" not in body
    assert "– please select –" in body
