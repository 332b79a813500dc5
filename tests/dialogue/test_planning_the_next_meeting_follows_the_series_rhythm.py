""""Nächstes Treffen planen" adds one rhythm to the series' latest meeting (the 31st becomes the
month's last day) and invites the same circle again, as a planned meeting."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.records_helpers import make_partner
from wegweiser.dialogue.meetings import add_months
from wegweiser.dialogue.models import Meeting, MeetingSeries

from .meeting_helpers import make_meeting


def test_months_are_added_calendar_wise():
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 1, 15), 12) == date(2027, 1, 15)


@pytest.mark.django_db
def test_the_next_meeting_is_one_rhythm_after_the_latest(client, users, authority):
    series = MeetingSeries.objects.create(authority=authority, title="Runder Tisch",
                                          format="round_table", rhythm_months=3)
    partner = make_partner(authority)
    make_meeting(authority, series=series, day=date(2026, 1, 20))
    make_meeting(authority, series=series, day=date(2026, 5, 31), organisations=[partner])
    login(client, users["head"]).post(reverse("dialog:series_plan_next", args=[series.pk]))
    planned = Meeting.objects.get(status="planned")
    assert planned.date == date(2026, 8, 31) and planned.series == series
    assert planned.format == "round_table" and list(planned.organisations.all()) == [partner]
