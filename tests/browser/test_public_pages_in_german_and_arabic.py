"""The public landing page, the list of ways to a right of residence and one pathway page pass axe-core
in German and in Arabic (right to left), the language chooser works with the keyboard alone, and
at 390 px nothing scrolls sideways."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.counselling.factories import make_desk

PAGES = ["/buergerservice/", "/buergerservice/wege/", "/buergerservice/wege/p25b/",
         "/buergerservice/hilfe/termin-buchen/", "/buergerservice/hilfe/ohne-termin/",
         "/buergerservice/hilfe/datenschutz/"]


@pytest.fixture
def desk(authority):
    return make_desk(authority, phone="02104 99-0")



@pytest.mark.parametrize("language, direction", [("de", "ltr"), ("ar", "rtl")])
def test_public_pages_have_no_axe_violations(browser, live_server, axe, desk, language, direction):
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page = context.new_page()
    try:
        for path in PAGES:
            page.goto(path)
            assert page.locator("html").get_attribute("dir") == direction
            assert page.locator("html").get_attribute("lang") == language
            assert_accessible(axe, page)
    finally:
        context.close()


def test_the_language_is_chosen_with_the_keyboard_and_remembered(page, desk):
    page.goto("/buergerservice/wege/")
    # Tab from the top of the page: skip link, home link, then the chooser.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "public-language":
            break
    assert page.evaluate("document.activeElement.id") == "public-language"
    page.keyboard.press("ArrowDown")  # Deutsch -> English
    page.keyboard.press("ArrowDown")  # English -> العربية
    assert page.locator("#public-language").input_value() == "ar"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("dir", "rtl", timeout=10_000)
    assert page.url.endswith("/buergerservice/wege/")
    page.goto("/buergerservice/")
    assert page.locator("html").get_attribute("lang") == "ar"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_at_390_pixels_nothing_scrolls_sideways(browser, live_server, desk, language):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844},
                                  locale="de-DE")
    context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page = context.new_page()
    try:
        for path in PAGES:
            page.goto(path)
            wide = page.evaluate("document.documentElement.scrollWidth"
                                 " - document.documentElement.clientWidth")
            assert wide <= 0, (path, wide)
    finally:
        context.close()
