"""Outcomes (B-3): nothing sets one automatically; past appointments without one are listed;
a cancellation is never a no-show; "not attended" only after the start and not for someone
who checked in."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from tests.counselling.desk_helpers import MONDAY, book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import Appointment, AppointmentStatus, Outcome


def test_past_appointments_without_outcome_are_listed_until_one_is_stated(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    missed = book(desk, monday(9))
    book(desk, monday(11))  # still to come at 10:00
    book(desk, monday(9, 30), status=AppointmentStatus.CANCELLED)
    assert list(queue.unresolved(desk, MONDAY, monday(10))) == [missed]

    queue.record_outcome(user, missed, Outcome.NOT_ATTENDED, missed.version, now=monday(10))
    assert not queue.unresolved(desk, MONDAY, monday(10)).exists()
    assert Appointment.objects.get(pk=missed.pk).outcome == Outcome.NOT_ATTENDED


@pytest.mark.parametrize(("status", "starts", "outcome", "message"), [
    (AppointmentStatus.CANCELLED, -1, Outcome.NOT_ATTENDED, "nie ein Nichterscheinen"),
    (AppointmentStatus.CONFIRMED, +1, Outcome.NOT_ATTENDED, "erst nach Beginn"),
    (AppointmentStatus.CHECKED_IN, -1, Outcome.NOT_ATTENDED, "sie ist erschienen"),
    (AppointmentStatus.CONFIRMED, -1, Outcome.CANCELLED, "Bitte erschienen"),
])
def test_impossible_outcomes_are_refused(users, status, starts, outcome, message):
    desk = make_desk(users["counsellor"].authority)
    appointment = book(desk, monday(10), status=status)
    with pytest.raises(ValidationError, match=message):
        queue.record_outcome(users["counsellor"], appointment, outcome, appointment.version,
                             now=monday(10) - timedelta(hours=starts))
    assert Appointment.objects.get(pk=appointment.pk).outcome == Outcome.UNRESOLVED


def test_the_queue_page_records_an_outcome_and_refuses_bad_input(client, users):
    desk = make_desk(users["counsellor"].authority)
    appointment = book(desk, timezone.now() - timedelta(minutes=30))
    login(client, users["counsellor"])
    url = reverse("counselling:record_outcome", args=[desk.pk, appointment.pk])
    page = client.get(reverse("counselling:queue", args=[desk.pk])).content.decode()
    assert "Termine ohne Ergebnis" in page and "Amina Test" in page

    bad = client.post(url, {f"a{appointment.pk}-outcome": "vielleicht"})
    assert bad.status_code == 400 and "Bitte erschienen" in bad.content.decode()
    stale = client.post(url, {f"a{appointment.pk}-outcome": "attended",
                              f"a{appointment.pk}-version": 7})
    assert stale.status_code == 400 and "von jemand anderem geändert" in stale.content.decode()
    assert Appointment.objects.get(pk=appointment.pk).outcome == Outcome.UNRESOLVED

    good = client.post(url, {f"a{appointment.pk}-outcome": "late_cancelled",
                             f"a{appointment.pk}-version": appointment.version})
    assert good.status_code == 302, good.content.decode()[-3000:]
    assert Appointment.objects.get(pk=appointment.pk).outcome == Outcome.LATE_CANCELLED
