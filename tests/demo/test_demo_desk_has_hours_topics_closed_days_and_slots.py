from datetime import date, time, timedelta

from wegweiser.counselling.models import ClosedDay, OpeningHours, Slot, Topic

from .conftest import DISTRICT_DAY as TODAY


def test_the_district_desk_opens_four_days_with_two_counsellors(district):
    _authority, pillars = district
    desk = pillars.desk
    assert desk.name == "Zentrale Anlaufstelle Kreishaus"
    hours = list(OpeningHours.unscoped.filter(desk=desk).values_list("weekday", "starts", "ends"))
    assert (0, time(9), time(12)) in hours and (0, time(13), time(16)) in hours
    assert {day for day, _s, _e in hours} == {0, 1, 2, 3}
    assert not any(day == 2 and start == time(13) for day, start, _e in hours)  # Wed mornings
    assert set(OpeningHours.unscoped.filter(desk=desk).values_list("counsellors", flat=True)) == {2}


def test_topics_take_their_length_in_half_hours(district):
    desk = district[1].desk
    units = dict(Topic.unscoped.filter(desk=desk).values_list("name", "units"))
    assert units == {"Wege zum Bleiberecht": 2, "Dokumente und Anträge": 1,
                     "Arbeit und Ausbildung": 1, "Familie": 1}


def test_holidays_close_the_desk_and_the_calendar_has_no_slot_on_them(district):
    desk = district[1].desk
    closed = set(ClosedDay.unscoped.filter(desk=desk).values_list("day", flat=True))
    assert {date(2026, 12, 25), date(2026, 4, 3), date(2026, 6, 4)} <= closed  # Fronleichnam
    slots = Slot.unscoped.filter(desk=desk)
    assert slots.exists()
    assert all(s.starts_at.date() >= TODAY - timedelta(days=7) for s in slots)  # the past week
    days = {s.starts_at.astimezone().date() for s in slots}
    assert not days & closed
    assert {d.weekday() for d in days} <= {0, 1, 2, 3}
