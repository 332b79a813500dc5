"""The counsellor's own lists: my sessions, my open follow-ups, measures of the support plans of
the persons I counsel that are due within two weeks; the session list filters by date and topic."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login, make_user
from wegweiser.counselling import records
from wegweiser.counselling.models import Analysis, Goal, Measure

from .records_helpers import make_client, make_session


def _plan(counsellor, client, due_in_days, text):
    today = timezone.localdate()
    if not Analysis.objects.filter(client=client).exists():
        records.save_analysis(counsellor, Analysis(authority=counsellor.authority, client=client,
                                                   prepared_on=today, situation="s",
                                                   potential="p"), None)
    goal = records.save_goal(counsellor, Goal(authority=counsellor.authority, client=client,
                                              text="Ziel", created_on=today), None)
    records.save_measure(counsellor, Measure(authority=counsellor.authority, goal=goal, text=text,
                                             responsible="Person",
                                             due_date=today + timedelta(days=due_in_days)), None)


@pytest.mark.django_db
def test_my_work_shows_mine_and_not_my_colleagues(client, users, authority):
    me, colleague = users["counsellor"], make_user(authority, "counsellor", "kollegin")
    mine = make_client(me, "Herr B.")
    theirs = make_client(colleague, "Frau C.")
    records.add_follow_up(me, make_session(me, mine), due_date=timezone.localdate(),
                          reason="Meine Wiedervorlage", assignee=me)
    records.add_follow_up(colleague, make_session(colleague, theirs),
                          due_date=timezone.localdate(), reason="Fremde Wiedervorlage",
                          assignee=colleague)
    _plan(me, mine, 3, "Bald fällig")
    _plan(me, mine, 60, "Später fällig")
    _plan(colleague, theirs, 3, "Maßnahme der Kollegin")
    page = login(client, me).get(reverse("counselling:records_home")).content.decode()
    assert "Meine Wiedervorlage" in page and "Fremde Wiedervorlage" not in page
    assert "Bald fällig" in page and "Später fällig" not in page
    assert "Maßnahme der Kollegin" not in page
    assert "Herr B." in page and "Frau C." not in page.split("Meine letzten Beratungen")[-1]


@pytest.mark.django_db
def test_the_session_list_filters_by_date_and_topic(client, users):
    me = users["counsellor"]
    old = make_session(me, make_client(me, "Alt"), held_on=timezone.localdate() - timedelta(30),
                       topic_keys=["housing"])
    make_session(me, make_client(me, "Neu"), topic_keys=["work"])
    login(client, me)
    url = reverse("counselling:session_list")
    since = (timezone.localdate() - timedelta(7)).strftime("%d.%m.%Y")
    recent = client.get(url, {"date_from": since}).content.decode()
    assert "Neu" in recent and "Alt" not in recent
    housing = records.topics(me.authority_id).get(key="housing")
    by_topic = client.get(url, {"topic": housing.pk}).content.decode()
    assert "Alt" in by_topic and "Neu" not in by_topic
    until = (old.held_on).strftime("%d.%m.%Y")
    assert "Neu" not in client.get(url, {"date_to": until}).content.decode()


@pytest.mark.django_db
def test_a_bad_filter_is_named_not_ignored(client, users):
    login(client, users["counsellor"])
    response = client.get(reverse("counselling:session_list"), {"date_from": "morgen"})
    assert response.status_code == 400
    assert "Bitte ein gültiges Datum eingeben." in response.content.decode()
