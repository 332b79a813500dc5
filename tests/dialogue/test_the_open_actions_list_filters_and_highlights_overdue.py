"""The open actions list shows open and in-progress actions across meetings, never done or
dropped ones; it filters by overdue, owner and meeting format, and marks overdue rows."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from tests.counselling.records_helpers import make_partner

from .meeting_helpers import make_action, make_meeting


@pytest.fixture
def actions(authority, users):
    today = timezone.localdate()
    partner = make_partner(authority, name="Caritas")
    table = make_meeting(authority, format="round_table")
    council = make_meeting(authority, format="integration_council", title="Integrationsrat")
    make_action(table, "Aufgabe-Spaet", due=today - timedelta(days=1), owner_user=users["head"])
    make_action(council, "Aufgabe-Bald", due=today + timedelta(days=5),
                status="in_progress", owner_organisation=partner)
    make_action(table, "Aufgabe-Fertig", status="done", outcome="ok", owner_user=users["head"])
    make_action(table, "Aufgabe-Verworfen", status="dropped", outcome="nein",
                due=today - timedelta(days=9), owner_user=users["head"])
    return partner


def _shown(client, **query):
    body = client.get(reverse("dialog:action_list"), query).content.decode()
    return {name for name in ("Aufgabe-Spaet", "Aufgabe-Bald", "Aufgabe-Fertig",
                              "Aufgabe-Verworfen") if name in body}, body


@pytest.mark.django_db
def test_filters_narrow_the_open_actions(client, users, actions):
    login(client, users["caseworker"])
    assert _shown(client)[0] == {"Aufgabe-Spaet", "Aufgabe-Bald"}
    assert _shown(client, overdue="on")[0] == {"Aufgabe-Spaet"}
    assert _shown(client, owner=f"org:{actions.pk}")[0] == {"Aufgabe-Bald"}
    assert _shown(client, owner=f"user:{users['head'].pk}")[0] == {"Aufgabe-Spaet"}
    assert _shown(client, format="integration_council")[0] == {"Aufgabe-Bald"}


@pytest.mark.django_db
def test_only_the_overdue_row_is_highlighted(client, users, actions):
    login(client, users["caseworker"])
    body = _shown(client)[1]
    assert body.count("überfällig</strong>") == 1
    assert body.index("überfällig</strong>") < body.index("Aufgabe-Spaet")
