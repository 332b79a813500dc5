"""The desk statistics as an XLSX file (the reporting export helper): counts of persons below the
threshold become "< 5", waiting minutes and capacity stay exact; for this desk or all desks of
the authority (never another authority's); a bad choice is refused in German."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.conftest import login
from tests.counselling.desk_helpers import MONDAY
from tests.counselling.factories import make_desk
from tests.counselling.test_statistics_follow_the_zms_definitions import world
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.counselling.slots import sync_slots

QUERY = {"start": "2026-12-07", "end": "2026-12-07"}


def _rows(response) -> dict[tuple[str, str], str]:
    content = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(content)).active
    return {(row[0], row[1] or ""): row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}


@pytest.fixture
def desk(users):
    return world(users["counsellor"])


def test_small_counts_are_hidden_and_minutes_stay_exact(client, users, desk):
    login(client, users["controlling"])
    response = client.get(reverse("counselling:statistics_xlsx", args=[desk.pk]), QUERY)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml")
    rows = _rows(response)
    assert rows[("Erschienen", "")] == "< 5"
    assert rows[("Sprache", "nicht angegeben")] == "< 5"
    assert rows[("Wartezeit max. (Minuten)", "09 Uhr ohne Termin")] == "40"
    assert rows[("Geplante Zeitfenster", "")] == "12"
    assert rows[("Nichterscheinen (%)", "")] == "50,0"
    assert AuditEntry.objects.filter(user=users["controlling"], action=AuditAction.EXPORT).exists()


def test_all_desks_of_the_authority_add_up_and_another_authority_stays_out(
        client, users, desk, other_authority):
    second = make_desk(users["head"].authority, slug="zweite-stelle", name="Zweite Stelle")
    sync_slots(second, until=MONDAY, today=MONDAY)
    foreign = make_desk(other_authority, slug="fremde-stelle", name="Fremde Stelle")
    sync_slots(foreign, until=MONDAY, today=MONDAY)
    login(client, users["head"])
    one = _rows(client.get(reverse("counselling:statistics_xlsx", args=[desk.pk]), QUERY))
    every = _rows(client.get(reverse("counselling:statistics_xlsx", args=[desk.pk]),
                             {**QUERY, "scope": "all"}))
    assert one[("Beratungsstellen", "")] == "Zentrale Anlaufstelle"
    assert every[("Beratungsstellen", "")] == "Zentrale Anlaufstelle, Zweite Stelle"
    assert every[("Geplante Zeitfenster", "")] == "24"
    assert "Fremde" not in str(every)


def test_a_bad_choice_of_desks_is_refused_in_german(client, users, desk):
    login(client, users["head"])
    response = client.get(reverse("counselling:statistics_xlsx", args=[desk.pk]),
                          {**QUERY, "scope": "alle-behoerden"})
    assert response.status_code == 400
    assert "Bitte „nur diese Stelle“ oder „alle Stellen der Behörde“ wählen." in response.content.decode()
    assert not AuditEntry.objects.filter(action=AuditAction.EXPORT).exists()
