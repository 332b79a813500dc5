"""Statistics (B-7): waiting from waiting_since to the first call per hour, booked vs walk-in;
no-show rate without cancellations; languages and interpreters; booked vs planned capacity;
the CSV has the same figures and no personal data."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from tests.counselling.desk_helpers import MONDAY, book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue, statistics
from wegweiser.counselling.models import AppointmentStatus, Outcome
from wegweiser.counselling.slots import sync_slots


def world(user):
    desk = make_desk(user.authority)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    booked = book(desk, monday(9), language="ar", interpreter_language="ar", name="Geheim Name")
    queue.check_in(user, booked, now=monday(8, 50))  # waits from 9:00
    queue.draw_ticket(user, desk, language="tr", now=monday(9, 5))
    queue.call_next(user, desk, "Raum 1", now=monday(9, 10))  # booked: 10 minutes
    queue.call_next(user, desk, "Raum 1", confirmed=True, now=monday(9, 45))  # walk-in: 40
    for hour, outcome in [(10, Outcome.ATTENDED), (10, Outcome.NOT_ATTENDED),
                          (11, Outcome.LATE_CANCELLED)]:
        book(desk, monday(hour, 30 if outcome == Outcome.NOT_ATTENDED else 0), outcome=outcome,
             seat=2)
    book(desk, monday(11, 30), status=AppointmentStatus.CANCELLED, outcome=Outcome.CANCELLED,
         claim=False)
    return desk


def test_the_figures(users):
    desk = world(users["counsellor"])
    result = statistics.figures(desk, MONDAY, MONDAY)
    row = result.waits[0]
    assert (row.hour, row.booked_avg, row.walk_in_avg, row.total_max) == (9, 10, 40, 40)
    assert (result.attended, result.not_attended, result.late_cancelled) == (1, 1, 1)
    assert result.no_show_rate == 50.0
    assert dict(result.languages) == {"ar": 1, "tr": 1, "": 4}
    assert result.interpreters == [("ar", 1)]
    assert (result.planned_slots, result.booked_slots) == (12, 4)
    assert result.booked_minutes == 120


def test_the_page_and_the_csv_for_controlling(client, users):
    desk = world(users["counsellor"])
    login(client, users["controlling"])
    query = {"start": "2026-12-07", "end": "2026-12-07"}
    page = client.get(reverse("counselling:statistics", args=[desk.pk]), query).content.decode()
    assert "50.0 %" in page or "50,0 %" in page
    assert "<svg" in page and "Zahlen als Tabelle" in page
    csv = client.get(reverse("counselling:statistics_export", args=[desk.pk]), query)
    text = csv.content.decode("utf-8-sig")
    assert "Nichterscheinen (%);;50.0" in text
    assert "Geheim" not in text and "Geheim" not in page


def test_a_bad_period_falls_back_to_the_last_30_days(client, users):
    desk = make_desk(users["head"].authority)
    login(client, users["head"])
    response = client.get(reverse("counselling:statistics", args=[desk.pk]), {"start": "gestern"})
    assert response.status_code == 200
    assert "Datum" in response.content.decode()
    assert statistics.figures(desk, date(2026, 1, 1), date(2026, 1, 31)).no_show_rate is None
