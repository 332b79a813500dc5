"""The team page draws hours per topic of the year as an SVG chart with its table."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from tests.training.factories import make_event, make_topic


def test_the_chart_and_its_table_show_the_years_hours(client, users, authority):
    make_event(make_topic(authority, "Deeskalation"), held_on=date(2025, 5, 5), hours="3",
               attendees=[users["counsellor"], users["caseworker"]])
    make_event(make_topic(authority, "Aktenführung"), held_on=date(2024, 5, 5), hours="9",
               attendees=[users["caseworker"]])
    login(client, users["head"])
    page = client.get(reverse("training:team") + "?jahr=2025").content.decode()
    assert 'id="chart-hours-per-topic-title"' in page
    assert "Stunden je Thema 2025" in page
    assert '<th class="kern-table__header" scope="row">Deeskalation</th>' in page
    assert "Aktenführung" not in page
