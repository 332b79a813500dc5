"""The visitor's e-mails come from the public catalogues: an Arabic or Farsi booking gets its
subject, text and topic name in that language, not in German."""

import pytest
from django.core import mail

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from wegweiser.counselling import booking


@pytest.mark.parametrize("language", ["ar", "fa", "tr", "uk", "ru", "en"])
def test_the_link_mail_speaks_the_booking_language(authority, language,
                                                   django_capture_on_commit_callbacks):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    with django_capture_on_commit_callbacks(execute=True):
        booking.book(desk, topic, start.slot_pk, visitor(language=language))
    message = mail.outbox[0]
    assert message.subject != "Bitte bestätigen Sie Ihren Termin"
    assert "Guten Tag" not in message.body
    assert "Sie haben einen Termin reserviert." not in message.body
    assert topic.name not in message.body
