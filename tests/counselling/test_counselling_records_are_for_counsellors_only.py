"""Counselling records are confidential to the counsellors: caseworkers, the head of department
and controlling get 403 on every record page; a counsellor of another authority gets 404."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from wegweiser.counselling import records
from wegweiser.counselling.models import Analysis, Goal, Measure, RecordFollowUp, Referral

from .records_helpers import give_casework_consent, make_client, make_partner, make_session


@pytest.fixture
def world(users, person):
    counsellor = users["counsellor"]
    client = make_client(counsellor)
    session = make_session(counsellor, client)
    referral = records.save_referral(counsellor, Referral(
        authority=counsellor.authority, session=session,
        organisation=make_partner(counsellor.authority), referred_on=session.held_on,
        purpose="Arbeitsuche"), None)
    follow_up = records.add_follow_up(counsellor, session, due_date=session.held_on,
                                      reason="Nachfragen", assignee=counsellor)
    analysis = records.save_analysis(counsellor, Analysis(
        authority=counsellor.authority, client=client, prepared_on=session.held_on,
        situation="s", potential="p"), None)
    goal = records.save_goal(counsellor, Goal(authority=counsellor.authority, client=client,
                                              text="Arbeit finden", created_on=session.held_on),
                             None)
    measure = records.save_measure(counsellor, Measure(
        authority=counsellor.authority, goal=goal, text="Bewerbung", responsible="Person",
        due_date=session.held_on), None)
    consent = give_casework_consent(counsellor, client, person)
    topic = records.topics(counsellor.authority_id).first()
    return {"session_pk": session.pk, "client_pk": client.pk, "referral_pk": referral.pk,
            "follow_up_pk": follow_up.pk, "goal_pk": goal.pk, "measure_pk": measure.pk,
            "consent_pk": consent.pk, "topic_pk": topic.pk, "analysis": analysis}


RECORD_PAGES = [
    ("records_home", []), ("session_list", []), ("session_create", []), ("client_list", []),
    ("client_create", []), ("session_detail", ["session_pk"]), ("session_edit", ["session_pk"]),
    ("referral_add", ["session_pk"]), ("referral_edit", ["referral_pk"]),
    ("follow_up_add", ["session_pk"]), ("follow_up_done", ["follow_up_pk"]),
    ("client_detail", ["client_pk"]), ("client_edit", ["client_pk"]),
    ("analysis_edit", ["client_pk"]), ("goal_add", ["client_pk"]), ("goal_edit", ["goal_pk"]),
    ("measure_add", ["goal_pk"]), ("measure_edit", ["measure_pk"]),
    ("consent_add", ["client_pk"]), ("consent_revoke", ["consent_pk"]),
]
OBJECT_PAGES = [(name, keys) for name, keys in RECORD_PAGES if keys]


def _url(name, keys, world):
    return reverse(f"counselling:{name}", args=[world[k] for k in keys])


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["caseworker", "head", "controlling", "dpo", "admin"])
def test_other_roles_get_403_on_every_record_page(client, users, world, role):
    login(client, users[role])
    for name, keys in RECORD_PAGES:
        url = _url(name, keys, world)
        assert client.get(url).status_code in (403, 405), (role, name)
        assert client.post(url, {"version": 1}).status_code == 403, (role, name)


@pytest.mark.django_db
def test_the_counsellor_reads_every_record_page(client, users, world):
    login(client, users["counsellor"])
    for name, keys in RECORD_PAGES:
        response = client.get(_url(name, keys, world))
        assert response.status_code in (200, 405), name
    page = client.get(_url("session_detail", ["session_pk"], world)).content.decode()
    assert "Vertrauliches Ergebnis XYZ" in page


@pytest.mark.django_db
def test_a_counsellor_of_another_authority_gets_404(client, world, other_authority):
    login(client, make_user(other_authority, "counsellor", "fremd-beratung"))
    for name, keys in OBJECT_PAGES:
        url = _url(name, keys, world)
        assert client.get(url).status_code in (404, 405), name
        assert client.post(url, {"version": 1}).status_code == 404, name
    lists = [client.get(reverse(f"counselling:{n}")).content.decode()
             for n in ("records_home", "session_list", "client_list")]
    assert not any("Frau A. aus Hilden" in page for page in lists)


@pytest.mark.django_db
def test_topic_configuration_is_for_the_head_and_administration(client, users, world,
                                                                 other_authority):
    for role, status in [("head", 200), ("admin", 200), ("counsellor", 403),
                         ("caseworker", 403)]:
        login(client, users[role])
        assert client.get(reverse("counselling:topic_list")).status_code == status, role
    login(client, make_user(other_authority, "head", "fremd-leitung"))
    assert client.get(reverse("counselling:topic_edit",
                              args=[world["topic_pk"]])).status_code == 404


@pytest.mark.django_db
def test_reading_a_record_is_logged_without_content(client, users, world):
    from wegweiser.audit.models import AuditEntry

    login(client, users["counsellor"])
    client.get(_url("session_detail", ["session_pk"], world))
    entry = AuditEntry.objects.filter(action="view").latest("id")
    assert entry.target == f"Beratung {world['session_pk']}"
    assert "Vertraulich" not in str(entry.detail) and entry.person_id is None
    assert RecordFollowUp.objects.count() == 1
