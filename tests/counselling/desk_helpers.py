"""Appointments and tickets for the desk tests, written straight to the database."""

from datetime import date, datetime, time

from wegweiser.counselling.models import Appointment, AppointmentStatus, Slot, SlotClaim
from wegweiser.counselling.slots import at

MONDAY = date(2026, 12, 7)


def book(desk, starts_at: datetime, status=AppointmentStatus.CONFIRMED, seat=1, claim=True,
         **fields) -> Appointment:
    topic = fields.pop("topic", None) or desk.topics.get(key="dokumente")
    appointment = Appointment.objects.create(
        authority_id=desk.authority_id, desk=desk, topic=topic, starts_at=starts_at,
        ends_at=starts_at, status=status, name=fields.pop("name", "Amina Test"), **fields)
    slot = Slot.unscoped.filter(desk=desk, starts_at=starts_at, seat=seat).first()
    if claim and slot is not None:
        SlotClaim.objects.create(authority_id=desk.authority_id, slot=slot, appointment=appointment)
    return appointment


def monday(hour: int, minute: int = 0) -> datetime:
    return at(MONDAY, time(hour, minute))
