"""A person may hold max_open_bookings open appointments, whatever e-mail address, spelling of
the name or order of the name parts is used; other people sharing a contact are not limited."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests.counselling.factories import make_desk, open_calendar, visitor
from wegweiser.counselling import booking
from wegweiser.counselling.models import Appointment


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority, max_open_bookings=2))


def _book(desk, who):
    topic = desk.topics.get(key="dokumente")
    start = booking.free_starts(desk, topic, booking.access_for())[0]
    return booking.book(desk, topic, start.slot_pk, who)


def test_a_third_booking_with_other_e_mails_and_spellings_is_refused(desk):
    _book(desk, visitor(name="Amina Yusuf", email="a1@example.org"))
    _book(desk, visitor(name="YUSUF  Amina", email="a2@example.org"))
    with pytest.raises(ValidationError, match="offene Termine"):
        _book(desk, visitor(name="Yúsuf, Amina", email="", phone="0170 999999"))
    assert Appointment.objects.count() == 2


def test_another_person_with_the_same_e_mail_may_book(desk):
    _book(desk, visitor(name="Amina Yusuf", email="familie@example.org"))
    _book(desk, visitor(name="Amina Yusuf", email="familie@example.org",
                        birth_date=date(1991, 3, 4)))
    _book(desk, visitor(name="Omar Yusuf", email="familie@example.org",
                        birth_date=date(2001, 7, 8)))
    assert Appointment.objects.count() == 3


def test_a_cancelled_booking_no_longer_counts(desk):
    first = _book(desk, visitor(email="a1@example.org"))
    _book(desk, visitor(email="a2@example.org"))
    booking.cancel(first.appointment)
    _book(desk, visitor(email="a3@example.org"))
    assert Appointment.objects.filter(status__in=booking.OPEN).count() == 2


def test_names_are_normalised_for_case_accents_spaces_and_order():
    assert booking.normalise_name("  Yúsuf,  AMINA ") == booking.normalise_name("amina yusuf")
