"""The call display: last called numbers with rooms, no personal data; the wall screen opens
it with the desk's secret link (decision 0012), a wrong or old link is 404; an unchanged list
is answered with 204 so htmx leaves it alone."""

import re

from django.urls import reverse

from tests.conftest import login
from tests.counselling.desk_helpers import book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import display, queue


def _called_world(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    appointment = book(desk, monday(9), name="Geheim Person", phone="0151 999")
    queue.check_in(user, appointment, now=monday(9))
    queue.draw_ticket(user, desk, language="ar")
    queue.call_next(user, desk, "Raum 2.14")
    return desk


def test_the_screen_link_shows_numbers_and_rooms_only(client, users):
    desk = _called_world(users)
    token = display.new_display_token(users["head"], desk)
    response = client.get(reverse("counselling:screen", args=[desk.pk, token]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Raum 2.14" in page and 'aria-live="polite"' in page
    assert "Geheim" not in page and "0151" not in page and "العربية" not in page
    assert response["Cache-Control"] == "no-store"
    assert 'hx-trigger="every 3s"' in page


def test_a_wrong_or_replaced_link_is_not_found(client, users):
    desk = _called_world(users)
    old = display.new_display_token(users["head"], desk)
    display.new_display_token(users["head"], desk)
    assert client.get(reverse("counselling:screen", args=[desk.pk, old])).status_code == 404
    assert client.get(reverse("counselling:screen", args=[desk.pk, "x" * 43])).status_code == 404


def test_the_list_answers_204_while_nothing_changed(client, users):
    desk = _called_world(users)
    token = display.new_display_token(users["head"], desk)
    page = client.get(reverse("counselling:screen", args=[desk.pk, token])).content.decode()
    list_url = re.search(r'hx-get="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert client.get(list_url).status_code == 204
    queue.draw_ticket(users["head"], desk)
    queue.call_next(users["head"], desk, "Raum 3")
    changed = client.get(list_url)
    assert changed.status_code == 200 and "Raum 3" in changed.content.decode()


def test_staff_see_the_display_with_desk_view_and_the_head_makes_a_link(client, users):
    desk = _called_world(users)
    login(client, users["counsellor"])
    assert "Raum 2.14" in client.get(reverse("counselling:display", args=[desk.pk])).content.decode()
    assert client.post(reverse("counselling:new_screen_link", args=[desk.pk])).status_code == 403
    login(client, users["head"])
    response = client.post(reverse("counselling:new_screen_link", args=[desk.pk]), follow=True)
    link = re.search(r"(http://testserver/beratung/\d+/aufruf/[\w-]+/)", response.content.decode())
    assert link and client.get(link.group(1)).status_code == 200
