"""A caseworker logs in, finds a person by another spelling, reads the timeline and sets a
follow-up — by keyboard — and every page on the way passes axe-core."""

from datetime import date

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, add_period, make_person, make_user


def tab_to(page, text, limit=80):
    """Press Tab until the focused element's text contains `text` (keyboard-only navigation)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement && document.activeElement.innerText")
        if focused and text in focused:
            return
    raise AssertionError(f"{text!r} ist mit der Tastatur nicht erreichbar")


def tab_until_focused(page, element_id, limit=10):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} ist mit der Tastatur nicht erreichbar")


def test_search_timeline_and_follow_up(page, axe, authority):
    user = make_user(authority, "caseworker", "sb-browser")
    person = make_person(authority, family_name="Al-Haddad", given_names="Mohammed")
    add_period(person, "gestattung", date(2015, 9, 1), date(2017, 3, 31))
    add_period(person, "duldung_60b", date(2017, 4, 1), date(2018, 3, 31))
    add_period(person, "duldung", date(2018, 4, 1), None, azr_reason_code="16")

    sign_in(page, user.username, PASSWORD)
    assert_accessible(axe, page)  # the start page with its search box

    page.locator("#id_q").focus()
    page.keyboard.type("Muhamad Hadad")
    page.keyboard.press("Enter")
    page.get_by_text("1 Fall gefunden").wait_for()
    assert_accessible(axe, page)

    page.get_by_role("link", name="Al-Haddad, Mohammed").click()
    timeline = page.locator("#timeline")
    timeline.wait_for()
    assert timeline.locator("rect.segment").count() == 3
    assert timeline.locator("rect[data-kind='duldung_60b']").get_attribute("fill") == "url(#hatch)"
    assert_accessible(axe, page)

    tab_to(page, "Wiedervorlage anlegen")
    page.keyboard.press("Enter")
    page.locator("#id_due_date").wait_for()
    assert_accessible(axe, page)
    page.locator("#id_due_date").focus()
    page.keyboard.type("15012027")
    tab_until_focused(page, "id_reason")
    page.keyboard.type("Passbeschaffung nachfragen")
    page.keyboard.press("Enter")
    page.get_by_text("Gespeichert.").wait_for()

    page.goto("/faelle/wiedervorlagen/")
    assert page.get_by_role("cell", name="Passbeschaffung nachfragen", exact=True).count() == 1
    assert_accessible(axe, page)


def test_the_skip_link_is_the_first_stop_and_moves_to_the_content(page, authority):
    user = make_user(authority, "caseworker", "sb-skip")
    sign_in(page, user.username, PASSWORD)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.innerText") == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
