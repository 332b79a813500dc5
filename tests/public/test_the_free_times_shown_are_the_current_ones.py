"""The free times are rendered once per set of free starts (public_slots), but what a visitor sees
is always read afresh: a time taken a moment ago is no longer offered, a freed one is again, and
a visitor who loses a race sees the fresh list, each visitor in their language."""

import re

import pytest

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from tests.public.solved import solved
from wegweiser.counselling import booking


@pytest.fixture
def desk(authority):
    return open_calendar(make_desk(authority, max_open_bookings=5))


def offered(client, desk, **headers) -> list[str]:
    return re.findall(r'name="slot" value="(\d+)"', slots_page(client, desk, **headers))


def slots_page(client, desk, **headers) -> str:
    return client.get(f"/buergerservice/{desk.slug}/termin/zeit/",
                      {"topic": "dokumente", "language": "de"}, **headers).content.decode()


def test_a_time_taken_a_moment_ago_is_no_longer_offered_and_offered_again_once_freed(client, desk):
    before = offered(client, desk)
    topic, start = first_start(desk, "dokumente")
    booked = booking.book(desk, topic, start.slot_pk, visitor(email="", phone="0170 1234567"))
    assert str(start.slot_pk) in before
    assert str(start.slot_pk) not in offered(client, desk)
    booking.cancel(booked.appointment)
    assert offered(client, desk) == before


def test_the_same_free_times_are_shown_in_each_visitors_language(client, desk):
    german = slots_page(client, desk)
    turkish = slots_page(client, desk, HTTP_ACCEPT_LANGUAGE="tr")
    assert any(day in german for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"))
    assert not any(day in turkish for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag",
                                               "Freitag"))
    assert any(day in turkish for day in ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma"))


def book_taken_time(client, desk, slot_pk: int) -> str:
    """Ayşe Demir asks for a time someone else got: 409 and the free times without it."""
    response = client.post(
        f"/buergerservice/{desk.slug}/termin/angaben/?topic=dokumente&language=de&slot={slot_pk}",
        {"name": "Ayşe Demir", "birth_date": "1990-01-02", "phone": "0170 7654321", **solved()})
    page = response.content.decode()
    assert response.status_code == 409
    assert "Dieser Termin wurde gerade vergeben" in page
    assert f'value="{slot_pk}"' not in page
    return page


def test_a_visitor_who_loses_the_race_sees_the_fresh_times(client, desk):
    topic, start = first_start(desk, "dokumente")
    assert str(start.slot_pk) in offered(client, desk)
    booking.book(desk, topic, start.slot_pk, visitor(email="", phone="0170 1234567"))
    assert 'name="slot"' in book_taken_time(client, desk, start.slot_pk)


def test_a_visitor_whose_time_is_taken_after_the_check_sees_the_fresh_times_too(
        client, desk, monkeypatch):
    """The view checks the time against the free times it read; booking.book checks again and
    the unique claim decides. Someone faster between the two: the same 409, nothing written."""
    from wegweiser.counselling.models import Appointment

    topic, start = first_start(desk, "dokumente")
    real_book = booking.book

    def faster_visitor_first(*args, **kwargs):
        real_book(desk, topic, start.slot_pk, visitor(email="", phone="0170 1234567"))
        return real_book(*args, **kwargs)

    monkeypatch.setattr(booking, "book", faster_visitor_first)
    book_taken_time(client, desk, start.slot_pk)
    assert list(Appointment.unscoped.values_list("phone", flat=True)) == ["0170 1234567"]
