"""The calendar's slots come from opening hours × parallel counsellors, without closed days;
changing the hours never drops a booked appointment."""

from datetime import date, time

from tests.counselling.factories import make_desk
from wegweiser.counselling.models import (
    Appointment,
    ClosedDay,
    Contingent,
    OpeningHours,
    Slot,
    SlotClaim,
)
from wegweiser.counselling.slots import at, sync_slots

MONDAY = date(2026, 12, 7)


def test_a_morning_with_two_counsellors_gives_twelve_slots(authority):
    desk = make_desk(authority, emergency_slots_per_day=2, horizon_days=14)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    slots = Slot.unscoped.filter(desk=desk)
    # 9–12 Uhr in 30-minute units = 6 starts, on 2 seats.
    assert slots.count() == 12
    assert slots.filter(contingent=Contingent.EMERGENCY).count() == 2
    first = slots.first()
    assert first.starts_at == at(MONDAY, time(9))
    assert first.released_at == at(date(2026, 11, 23), time(8))


def test_closed_days_and_weekends_get_no_slots(authority):
    desk = make_desk(authority)
    ClosedDay.objects.create(authority=authority, desk=desk, day=MONDAY, reason="Personalversammlung")
    sync_slots(desk, until=date(2026, 12, 6) , today=date(2026, 12, 5))
    sync_slots(desk, until=MONDAY, today=MONDAY)
    assert not Slot.unscoped.filter(desk=desk).exists()


def test_running_twice_creates_nothing_new(authority):
    desk = make_desk(authority)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    assert Slot.unscoped.filter(desk=desk).count() == 12


def test_shorter_hours_remove_free_slots_but_report_booked_ones(authority):
    desk = make_desk(authority)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    late = Slot.unscoped.get(desk=desk, starts_at=at(MONDAY, time(11, 30)), seat=1)
    appointment = Appointment.objects.create(
        authority=authority, desk=desk, topic=desk.topics.first(), starts_at=late.starts_at,
        ends_at=late.ends_at, name="Test")
    SlotClaim.objects.create(authority=authority, slot=late, appointment=appointment)
    OpeningHours.objects.filter(desk=desk, weekday=0).update(ends=time(11))

    orphaned = sync_slots(desk, until=MONDAY, today=MONDAY)

    assert orphaned == [appointment]
    assert Slot.unscoped.filter(pk=late.pk).exists()
    assert Slot.unscoped.filter(desk=desk).count() == 9  # 4 starts × 2 seats + the booked one
