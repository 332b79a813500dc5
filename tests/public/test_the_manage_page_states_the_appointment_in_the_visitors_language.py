"""The manage page names the appointment's state in the visitor's words and language, not with
the staff label."""

from django.urls import reverse
from django.utils import translation

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking


def test_a_confirmed_appointment_reads_confirmed_in_russian(client, authority):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    booked = booking.book(desk, topic, start.slot_pk, visitor(email="", phone="0170 1234567"))
    page = client.get(reverse("public:booking_manage", args=[desk.slug, booked.manage_token]),
                      HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    with translation.override("ru"):
        confirmed = translation.gettext("Bestätigt")
    assert confirmed != "Bestätigt"
    assert f"<dd>{confirmed}</dd>" in page
    assert "bestätigt</dd>" not in page
