"""The desk's staff pages pass axe-core with zero violations, filled with slots, bookings,
tickets and figures; the calendar is paged with the keyboard."""

from datetime import time as clock
from datetime import timedelta

from django.utils import timezone

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD
from tests.counselling.desk_helpers import book
from tests.counselling.factories import make_desk
from wegweiser.counselling import display, queue
from wegweiser.counselling.models import AppointmentStatus, ClosedDay
from wegweiser.counselling.slots import at, sync_slots


def next_weekday():
    day = timezone.localdate() + timedelta(days=1)
    while day.weekday() > 4:
        day += timedelta(days=1)
    return day


def world(users):
    counsellor = users["counsellor"]
    desk = make_desk(counsellor.authority)
    sync_slots(desk)
    day = next_weekday()
    book(desk, at(day, clock(9)), language="ar", interpreter_language="ar")
    book(desk, at(day, clock(10)), status=AppointmentStatus.HELD, seat=2)
    ClosedDay.objects.create(authority=desk.authority, desk=desk, day=day + timedelta(days=1),
                             reason="Betriebsversammlung")
    past = book(desk, timezone.now() - timedelta(minutes=20), claim=False, name="Olena Test")
    queue.draw_ticket(counsellor, desk, language="uk")
    ticket = queue.draw_ticket(counsellor, desk)
    queue.call_next(counsellor, desk, "Raum 1")
    return desk, day, ticket, past


def test_the_desk_pages_have_no_axe_violations(page, axe, users):
    desk, day, ticket, _past = world(users)
    token = display.new_display_token(users["head"], desk)
    sign_in(page, users["head"].username, PASSWORD)
    for path in [f"/beratung/{desk.pk}/tag/?datum={day.isoformat()}",
                 f"/beratung/{desk.pk}/woche/?datum={day.isoformat()}",
                 f"/beratung/{desk.pk}/warteschlange/",
                 f"/beratung/{desk.pk}/warteschlange/{ticket.pk}/",
                 f"/beratung/{desk.pk}/aufruf/",
                 f"/beratung/{desk.pk}/statistik/",
                 f"/beratung/{desk.pk}/statistik/?start=x",
                 f"/beratung/{desk.pk}/einstellungen/",
                 f"/beratung/{desk.pk}/einstellungen/oeffnungszeiten/neu/",
                 "/beratung/"]:
        page.goto(path)
        assert_accessible(axe, page)
    page.goto(f"/beratung/{desk.pk}/aufruf/{token}/")
    assert_accessible(axe, page)


def test_refused_configuration_passes_axe(page, axe, users):
    desk = make_desk(users["head"].authority)
    sign_in(page, users["head"].username, PASSWORD)
    page.goto(f"/beratung/{desk.pk}/einstellungen/oeffnungszeiten/neu/")
    page.locator("#id_weekday").select_option("0")
    page.locator("#id_starts").fill("12:00")
    page.locator("#id_ends").fill("10:00")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Das Ende muss nach dem Beginn liegen.").wait_for()
    assert_accessible(axe, page)


def test_the_calendar_is_paged_with_the_keyboard(page, users):
    desk, day, _ticket, _past = world(users)
    sign_in(page, users["counsellor"].username, PASSWORD)
    page.goto(f"/beratung/{desk.pk}/tag/?datum={day.isoformat()}")
    page.get_by_role("link", name="Nächster Tag").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**datum={(day + timedelta(days=1)).isoformat()}")
    page.get_by_text("Schließtag: Betriebsversammlung").wait_for()
    page.get_by_role("link", name="Diese Woche").focus()
    page.keyboard.press("Enter")
    page.get_by_role("table").wait_for()
    assert "Woche vom" in page.locator("h1").inner_text()
