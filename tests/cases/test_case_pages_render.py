from django.urls import reverse

from tests.conftest import login


def test_the_case_list_shows_the_person(client, caseworker, person):
    response = login(client, caseworker).get(reverse("cases:list"))
    assert response.status_code == 200
    assert "Haddad" in response.content.decode()


def test_the_case_detail_shows_timeline_and_facts(client, caseworker, person):
    response = login(client, caseworker).get(reverse("cases:detail", args=[person.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="timeline"' in body
    assert body.count('class="segment"') == 3
    assert "Kettenduldung" in body and "seit 01.04.2017" in body  # in the summary at the top


def test_the_history_page_lists_changes(client, caseworker, person):
    response = login(client, caseworker).get(reverse("cases:history", args=[person.pk]))
    assert response.status_code == 200


def test_edit_forms_render(client, caseworker, person):
    login(client, caseworker)
    for url in [
        reverse("cases:edit", args=[person.pk]),
        reverse("cases:period_add", args=[person.pk]),
        reverse("cases:asylum_edit", args=[person.pk]),
        reverse("cases:fact_add", args=[person.pk, "language"]),
        reverse("cases:fact_add", args=[person.pk, "conviction"]),
        reverse("cases:follow_up_add", args=[person.pk]),
        reverse("cases:my_follow_ups"),
        reverse("cases:create"),
    ]:
        assert client.get(url).status_code == 200, url


def test_the_timeline_uses_plain_numbers_even_in_german(client, caseworker, person):
    """SVG coordinates must never get a German decimal comma (a bug seen in the demo)."""
    import re

    body = login(client, caseworker).get(reverse("cases:detail", args=[person.pk])).content.decode()
    xs = re.findall(r'class="segment"[^>]* x="([^"]+)"', body)
    assert xs and all("," not in x for x in xs)
    assert "Duldung (§ 60a)" in body  # current status is shown with its label


def test_the_page_stays_german_for_an_english_browser(client, caseworker, person):
    response = login(client, caseworker).get(reverse("cases:list"), HTTP_ACCEPT_LANGUAGE="en")
    body = response.content.decode()
    assert "1 Fall gefunden" in body
    assert "<html lang=\"de\">" in body
