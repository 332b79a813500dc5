"""A person on the waitlist without e-mail: a freed slot is held for them and listed for the desk
("Wartelisten-Angebote zum Anrufen"); staff confirm after the call or release the slot to the next
in line. It never books silently, and a lapsed hold cannot be confirmed any more."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from tests.conftest import login
from tests.counselling.factories import (
    assert_offer_passed_on,
    desk_full_but_mine,
    visitor,
)
from wegweiser.audit.models import AuditEntry
from wegweiser.counselling import booking
from wegweiser.counselling.models import AppointmentStatus, WaitlistStatus


@pytest.fixture
def full_desk(authority):
    return desk_full_but_mine(authority)


def _join(desk, topic, name, email="", phone=""):
    return booking.join_waitlist(desk, topic, visitor(name=name, email=email, phone=phone,
                                                      birth_date=date(1980, 1, 2)))[0]


def test_a_freed_slot_is_held_for_the_caller_and_listed_for_the_desk(
        client, users, full_desk, django_capture_on_commit_callbacks):
    desk, topic, mine = full_desk
    entry = _join(desk, topic, "Telefon Person", phone="0211 555 123")
    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel(mine)
    entry.refresh_from_db()
    assert entry.status == WaitlistStatus.OFFERED
    assert entry.offered_appointment.status == AppointmentStatus.HELD  # held, not booked
    assert entry.offered_appointment.starts_at == mine.starts_at
    assert not [m for m in mail.outbox if "Telefon Person" in m.body]

    login(client, users["counsellor"])
    page = client.get(reverse("counselling:waitlist_calls", args=[desk.pk])).content.decode()
    assert "Wartelisten-Angebote zum Anrufen" in page
    assert "Telefon Person" in page and "0211 555 123" in page
    assert reverse("counselling:waitlist_call_confirm", args=[desk.pk, entry.pk]) in page


def test_staff_confirm_after_the_call(client, users, full_desk):
    desk, topic, mine = full_desk
    entry = _join(desk, topic, "Telefon Person", phone="0211 555 123")
    booking.cancel(mine)
    login(client, users["caseworker"])
    response = client.post(reverse("counselling:waitlist_call_confirm", args=[desk.pk, entry.pk]))
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == WaitlistStatus.BOOKED
    assert entry.offered_appointment.status == AppointmentStatus.CONFIRMED
    assert AuditEntry.objects.filter(user=users["caseworker"],
                                     target=f"Termin {entry.offered_appointment.pk}").exists()
    again = client.post(reverse("counselling:waitlist_call_confirm", args=[desk.pk, entry.pk]),
                        follow=True)
    assert "nicht mehr offen" in again.content.decode()


def test_a_released_offer_goes_to_the_next_in_line(client, users, full_desk):
    desk, topic, mine = full_desk
    first = _join(desk, topic, "Telefon Person", phone="0211 555 123")
    second = _join(desk, topic, "Zweite Person", email="zweite@example.org")
    booking.cancel(mine)
    login(client, users["counsellor"])
    client.post(reverse("counselling:waitlist_call_release", args=[desk.pk, first.pk]))
    assert_offer_passed_on(first, second, mine)


def test_a_lapsed_hold_cannot_be_confirmed_and_passes_on(users, full_desk):
    desk, topic, mine = full_desk
    first = _join(desk, topic, "Telefon Person", phone="0211 555 123")
    second = _join(desk, topic, "Zweite Person", phone="0211 555 456")
    booking.cancel(mine)
    first.refresh_from_db()
    with pytest.raises(booking.ValidationError, match="Frist des Angebots ist abgelaufen"):
        booking.confirm_phone_offer(users["counsellor"], first,
                                    now=first.offer_expires_at + timedelta(seconds=1))
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.offered_appointment.status == AppointmentStatus.EXPIRED
    assert second.status == WaitlistStatus.OFFERED


def test_an_offer_by_e_mail_is_not_confirmed_by_staff(users, full_desk):
    desk, topic, mine = full_desk
    entry = _join(desk, topic, "Mail Person", email="mail@example.org")
    booking.cancel(mine)
    entry.refresh_from_db()
    with pytest.raises(booking.ValidationError):
        booking.confirm_phone_offer(users["counsellor"], entry)
    entry.refresh_from_db()
    assert entry.offered_appointment.status == AppointmentStatus.HELD
