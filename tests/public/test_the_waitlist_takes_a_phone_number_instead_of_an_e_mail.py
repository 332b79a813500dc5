"""The public waitlist takes an e-mail address or a phone number; with neither it says so in the
visitor's language and saves nothing."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.counselling.factories import make_desk, open_calendar
from tests.public.solved import solved
from wegweiser.counselling.models import WaitlistEntry
from wegweiser.public.booking_forms import NO_CONTACT


@pytest.fixture
def url(authority):
    desk = open_calendar(make_desk(authority))
    return reverse("public:booking_waitlist", args=[desk.slug]) + "?topic=dokumente"


def test_a_phone_number_alone_puts_the_visitor_on_the_waitlist(client, url):
    response = client.post(url, {"name": "Amina Yusuf", "birth_date": "1991-03-04",
                                 "phone": "0170 1234567", **solved()})
    assert response.status_code == 200
    page = response.content.decode()
    assert "rufen wir Sie an" in page
    assert '<span dir="ltr">0170 1234567</span>' in page
    entry = WaitlistEntry.objects.get()
    assert (entry.email, entry.phone) == ("", "0170 1234567")


def test_without_e_mail_and_phone_the_arabic_page_says_so_in_arabic(client, url):
    response = client.post(url, {"name": "Amina Yusuf", "birth_date": "1991-03-04", **solved()},
                           HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 400
    with translation.override("ar"):
        arabic = str(NO_CONTACT)
    assert arabic != "Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an."
    assert arabic in response.content.decode()
    assert not WaitlistEntry.objects.exists()
