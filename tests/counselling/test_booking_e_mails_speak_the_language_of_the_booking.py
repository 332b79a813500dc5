"""E-mails go out in the language chosen when booking, with absolute links."""

from django.core import mail

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking


def test_an_english_booking_gets_an_english_link_mail(authority, settings,
                                                      django_capture_on_commit_callbacks):
    settings.WEGWEISER_PUBLIC_BASE_URL = "https://termine.example.org/"
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    with django_capture_on_commit_callbacks(execute=True):
        booked = booking.book(desk, topic, start.slot_pk, visitor(language="en"))
    message = mail.outbox[0]
    assert message.subject == "Please confirm your appointment"
    assert "Hello Amina Yusuf," in message.body
    assert (f"https://termine.example.org/buergerservice/{desk.slug}/termin/bestaetigen/"
            f"{booked.confirm_token}/") in message.body
