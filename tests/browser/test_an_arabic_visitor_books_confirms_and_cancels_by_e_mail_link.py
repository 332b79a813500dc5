"""In Arabic (right to left), with the keyboard alone: topic → language → time → details (the
page's own JavaScript solves the challenge) → "check your e-mail" → the demo mail page → the
confirm link → confirm → the manage page → cancel. Every page is dir=rtl and passes axe-core."""

import pytest

from tests.browser.conftest import assert_accessible
from tests.counselling.factories import make_desk, open_calendar
from wegweiser.counselling.models import Appointment, AppointmentStatus


@pytest.fixture
def demo_mail(settings, tmp_path, live_server):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                                    "OPTIONS": {"file_path": str(tmp_path)}}}
    settings.WEGWEISER_DEMO_MAIL_PAGE = True
    settings.WEGWEISER_PUBLIC_BASE_URL = live_server.url
    settings.WEGWEISER_CHALLENGE_BITS = 12


def _check(page, axe):
    assert page.locator("html").get_attribute("dir") == "rtl", page.url
    assert page.locator("html").get_attribute("lang") == "ar", page.url
    assert_accessible(axe, page)


def _press_enter_on(page, selector):
    page.locator(selector).first.focus()
    page.keyboard.press("Enter")


def test_booking_confirming_and_cancelling_in_arabic(page, axe, authority, demo_mail, live_server):
    desk = open_calendar(make_desk(authority, phone="02104 99-0"))
    page.context.add_cookies([{"name": "django_language", "value": "ar", "url": live_server.url}])
    page.goto(f"/buergerservice/{desk.slug}/termin/")
    _check(page, axe)
    page.locator("input[name=topic]").first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url("**/termin/sprache/**")
    _check(page, axe)
    _press_enter_on(page, "form.booking-form button[type=submit]")
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
    page.locator("#id_email").focus()
    page.keyboard.type("amina@example.org")
    page.keyboard.press("Enter")  # the form waits for the challenge, then goes
    page.wait_for_url("**/termin/gesendet/**")
    _check(page, axe)
    assert Appointment.objects.get().status == AppointmentStatus.HELD

    page.goto("/buergerservice/demo-post/")
    _check(page, axe)
    assert "amina@example.org" in page.content()
    _press_enter_on(page, "a[href*='/termin/bestaetigen/']")
    page.wait_for_url("**/termin/bestaetigen/**")
    _check(page, axe)
    _press_enter_on(page, "main form button[type=submit]")
    page.wait_for_url("**/termin/verwalten/**")
    _check(page, axe)
    assert Appointment.objects.get().status == AppointmentStatus.CONFIRMED

    page.locator("form[action$='/absagen/'] button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/absagen/")
    _check(page, axe)
    assert Appointment.objects.get().status == AppointmentStatus.CANCELLED
