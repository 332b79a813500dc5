"""One menu item leads to the hardship review; its entry page lists only the parts the role
may use, and roles without any part get 403."""

from django.urls import reverse

from tests.conftest import login

HOME = reverse("review:home")


def test_the_head_sees_every_part(client, users):
    html = login(client, users["head"]).get(HOME).content.decode()
    for title in ("Fallkonferenzen", "Härtefallkommission (§ 23a)", "Leitlinien",
                  "Fallkonstellationen", "Entscheidungspraxis", "Uneinheitliche Entscheidungen"):
        assert title in html


def test_controlling_sees_figures_and_guidelines_but_no_lists_of_persons(client, users):
    html = login(client, users["controlling"]).get(HOME).content.decode()
    assert "Entscheidungspraxis" in html and "Leitlinien" in html
    assert "Fallkonferenzen" not in html
    assert "Uneinheitliche Entscheidungen" not in html
    assert reverse("review:practice_missed") not in html


def test_a_counsellor_sees_the_guidelines_only(client, users):
    html = login(client, users["counsellor"]).get(HOME).content.decode()
    assert reverse("review:guideline_register") in html
    assert reverse("review:conferences") not in html
    assert reverse("review:practice") not in html


def test_roles_without_any_part_get_403(client, users):
    for role in ("dpo", "admin"):
        client.logout()
        assert login(client, users[role]).get(HOME).status_code == 403


def test_the_menu_marks_the_entry_page_current_on_every_part(client, users):
    html = login(client, users["head"]).get(reverse("review:guideline_register")).content.decode()
    assert f'href="{HOME}" aria-current="page"' in html
