"""The page of waitlist offers to call (with an offer held for a person without e-mail) and the
topic form with its inputs per language pass axe-core; the call is confirmed with the keyboard."""

from datetime import date

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD
from tests.counselling.factories import desk_full_but_mine, make_desk, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import AppointmentStatus, WaitlistEntry


def held_phone_offer(authority):
    desk, topic, mine = desk_full_but_mine(authority)
    booking.join_waitlist(desk, topic, visitor(name="Olena Test", email="", phone="0211 555 123",
                                               birth_date=date(1980, 1, 2), language="uk"))
    booking.cancel(mine)
    return desk


def test_the_waitlist_calls_page_passes_axe_and_confirms_with_the_keyboard(page, axe, users):
    desk = held_phone_offer(users["counsellor"].authority)
    sign_in(page, users["counsellor"].username, PASSWORD)
    page.goto(f"/beratung/{desk.pk}/warteliste/anrufen/")
    page.get_by_text("0211 555 123").wait_for()
    assert_accessible(axe, page)
    page.get_by_role("button", name="Olena Test hat zugesagt: bestätigen").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Termin bestätigt.").wait_for()
    assert_accessible(axe, page)
    entry = WaitlistEntry.objects.get(name="Olena Test")
    assert entry.offered_appointment.status == AppointmentStatus.CONFIRMED


def test_the_topic_form_with_its_languages_passes_axe(page, axe, users):
    desk = make_desk(users["head"].authority)
    topic = desk.topics.get(key="dokumente")
    sign_in(page, users["head"].username, PASSWORD)
    page.goto(f"/beratung/{desk.pk}/einstellungen/anliegen/{topic.pk}/")
    page.locator("#id_translation_ar").fill("الوثائق")
    page.locator("#id_translation_fa").fill("   ")
    page.locator("#id_translation_uk").fill("я" * 201)
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Höchstens 200 Zeichen.").wait_for()
    assert_accessible(axe, page)
