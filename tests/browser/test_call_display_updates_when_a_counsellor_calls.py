"""The waiting room's screen shows a called number without reloading: one browser calls the
next ticket on the queue page (keyboard only), the other shows the number and room."""

from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD
from tests.counselling.factories import make_desk
from wegweiser.counselling import display, queue


def test_the_screen_shows_the_called_number_without_reload(browser, live_server, users):
    counsellor = users["counsellor"]
    desk = make_desk(counsellor.authority)
    queue.draw_ticket(counsellor, desk)
    token = display.new_display_token(users["head"], desk)

    screen_context = browser.new_context(base_url=live_server.url, locale="de-DE")
    screen = screen_context.new_page()
    screen.goto(f"/beratung/{desk.pk}/aufruf/{token}/")
    screen.get_by_text("Noch keine Nummer aufgerufen.").wait_for()
    screen.evaluate("window.notReloaded = true")

    desk_context = browser.new_context(base_url=live_server.url, locale="de-DE")
    page = desk_context.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, counsellor.username, PASSWORD)
    page.goto(f"/beratung/{desk.pk}/warteschlange/")
    page.locator("#id_room").focus()
    page.keyboard.type("Raum 2.14")
    page.keyboard.press("Enter")
    page.get_by_text("Nummer 1 in Raum 2.14 aufgerufen.").wait_for()

    screen.locator("#call-list td", has_text="Raum 2.14").wait_for(timeout=15_000)
    assert screen.locator("#call-list tr.latest td").first.inner_text() == "1"
    assert screen.evaluate("window.notReloaded") is True
    screen_context.close()
    desk_context.close()
