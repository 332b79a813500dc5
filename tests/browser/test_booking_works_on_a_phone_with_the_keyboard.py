"""A visitor books at 390 px width with the keyboard alone, in German and in Arabic (right to
left); every booking page passes axe-core and nothing is wider than the screen."""

import pytest

from tests.browser.conftest import assert_accessible
from tests.counselling.factories import make_desk, open_calendar
from wegweiser.counselling.models import Appointment, AppointmentStatus


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="de-DE",
                                  viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def _fits(page):
    wide = page.evaluate("""[...document.querySelectorAll('body *')].filter(e => {
        const r = e.getBoundingClientRect(); return r.right > 391 || r.left < -1; })
        .map(e => e.tagName + '.' + e.className).slice(0, 5)""")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, (page.url, wide)


def _check(page, axe):
    _fits(page)
    assert_accessible(axe, page)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_booking_by_keyboard_on_a_small_screen(phone_page, axe, authority, language, live_server):
    page = phone_page
    desk = open_calendar(make_desk(authority, phone="02104 99-0"))
    page.context.add_cookies([{"name": "django_language", "value": language,
                               "url": live_server.url}])
    page.goto(f"/buergerservice/{desk.slug}/termin/")
    if language == "ar":
        assert page.locator("html").get_attribute("dir") == "rtl"
    _check(page, axe)
    page.locator("input[name=topic]").first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url("**/termin/sprache/**")
    _check(page, axe)
    page.locator("form.booking-form button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/termin/zeit/**")
    _check(page, axe)
    page.locator("input[name=slot]").first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url("**/termin/angaben/**")
    _check(page, axe)
    page.locator("#id_name").focus()
    page.keyboard.type("Amina Yusuf")
    page.keyboard.press("Tab")
    page.keyboard.type("04031991")
    page.locator("#id_phone").focus()
    page.keyboard.type("0170 1234567")
    page.keyboard.press("Enter")
    page.wait_for_url("**/termin/verwalten/**")
    _check(page, axe)
    assert Appointment.objects.get().status == AppointmentStatus.CONFIRMED
