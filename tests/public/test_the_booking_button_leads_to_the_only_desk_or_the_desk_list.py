""""Termin zur Beratung buchen" on the pathway pages: with exactly one desk straight to its
booking, with several to the list of desks on the start page."""

import re

from django.urls import reverse

from tests.counselling.factories import make_desk
from wegweiser.public.pathways import SUMMARIES


def _button(client, url: str) -> str:
    page = client.get(url).content.decode()
    return re.search(r'<a class="kern-btn kern-btn--primary" href="([^"]+)"', page).group(1)


def _pages():
    return [reverse("public:pathways"),
            reverse("public:pathway", args=[next(iter(SUMMARIES))])]


def test_one_desk_the_button_opens_its_booking(client, authority):
    desk = make_desk(authority)
    for url in _pages():
        assert _button(client, url) == reverse("public:booking_topic", args=[desk.slug])


def test_several_desks_the_button_opens_the_desk_list(client, authority, other_authority):
    make_desk(authority, slug="eins")
    make_desk(other_authority, slug="zwei")
    for url in _pages():
        assert _button(client, url) == reverse("public:home") + "#beratungsstellen"
