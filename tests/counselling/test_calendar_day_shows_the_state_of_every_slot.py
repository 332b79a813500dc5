"""The day view: per seat and time free, emergency contingent, held, booked with topic and
interpreter need; a closed day says so; full date labels for screen readers."""

from django.urls import reverse

from tests.conftest import login
from tests.counselling.desk_helpers import MONDAY, book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling.models import AppointmentStatus, ClosedDay
from wegweiser.counselling.slots import sync_slots


def test_each_state_is_shown_with_topic_and_language(client, users):
    desk = make_desk(users["counsellor"].authority)
    sync_slots(desk, until=MONDAY, today=MONDAY)
    book(desk, monday(9), language="ar", interpreter_language="ar")
    book(desk, monday(10), status=AppointmentStatus.HELD)
    book(desk, monday(9), seat=2, emergency_reason="duldung_expires")  # an emergency slot
    login(client, users["counsellor"])
    page = client.get(reverse("counselling:calendar_day", args=[desk.pk]),
                      {"datum": "2026-12-07"}).content.decode()
    assert "Zeitfenster am Montag, 7. Dezember 2026" in page
    assert "slot--booked" in page and "Dokumente und Anträge" in page
    assert "Dolmetschen: العربية" in page
    assert "reserviert, unbestätigt" in page
    assert "frei (Notfallkontingent)" in page
    assert " (Notfallkontingent)<br>Dokumente und Anträge" in page
    assert "Montag, 7. Dezember 2026, 09:30 Uhr, Platz 1" in page
    assert 'rel="next" href="?datum=2026-12-08"' in page


def test_a_closed_day_is_marked(client, users):
    desk = make_desk(users["counsellor"].authority)
    ClosedDay.objects.create(authority=desk.authority, desk=desk, day=MONDAY, reason="Umzug")
    login(client, users["counsellor"])
    page = client.get(reverse("counselling:calendar_day", args=[desk.pk]),
                      {"datum": "2026-12-07"}).content.decode()
    assert "Schließtag: Umzug" in page


def test_a_garbled_date_shows_today(client, users):
    desk = make_desk(users["counsellor"].authority)
    login(client, users["counsellor"])
    response = client.get(reverse("counselling:calendar_day", args=[desk.pk]), {"datum": "x"})
    assert response.status_code == 200
