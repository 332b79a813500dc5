"""Every writing booking view is rate-limited per address: past the limit a 429, nothing saved.
The switch WEGWEISER_PUBLIC_RATE_LIMIT=off (benchmarks only) lifts it."""

import pytest
from django.urls import reverse

from tests.counselling.factories import make_desk, open_calendar
from wegweiser.counselling.models import Appointment, WaitlistEntry


@pytest.fixture
def desk(authority, settings):
    settings.WEGWEISER_RATE_LIMIT_PER_MINUTE = 2
    return open_calendar(make_desk(authority))


def _urls(desk):
    slug = desk.slug
    return [
        reverse("public:booking_details", args=[slug]) + "?topic=dokumente&language=de&slot=1",
        reverse("public:booking_waitlist", args=[slug]) + "?topic=dokumente",
        reverse("public:booking_cancel", args=[slug, "unbekannt"]),
        reverse("public:booking_rebook", args=[slug, "unbekannt"]),
        reverse("public:booking_confirm", args=[slug, "unbekannt"]),
    ]


@pytest.mark.parametrize("index", range(5))
def test_the_third_post_within_a_minute_gets_a_429(client, desk, one_minute, index):
    url = _urls(desk)[index]
    statuses = [client.post(url, {"name": "A B"}).status_code for _ in range(3)]
    assert 429 not in statuses[:2]
    assert statuses[2] == 429
    assert not Appointment.objects.exists()
    assert not WaitlistEntry.objects.exists()


def test_the_rate_limit_can_be_switched_off_for_benchmarks(client, desk, one_minute, settings):
    settings.WEGWEISER_PUBLIC_RATE_LIMIT = False
    url = _urls(desk)[1]
    assert all(client.post(url, {}).status_code == 400 for _ in range(4))
