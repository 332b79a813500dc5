"""Every form of the counselling records refuses bad input with a German message and saves
nothing: sessions, referrals, follow-ups, Potenzialanalyse, goals and measures."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from wegweiser.audit.models import AuditEntry
from wegweiser.counselling import records
from wegweiser.counselling.models import (
    Analysis,
    Client,
    Goal,
    Measure,
    RecordFollowUp,
    Referral,
    Session,
)

from .factories import make_desk
from .records_helpers import make_client, make_partner, make_session, yesterday

DAY = yesterday().strftime("%d.%m.%Y")


def _refused(response, message, before):
    assert response.status_code == 400, response.status_code
    assert message in response.content.decode()
    assert AuditEntry.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"topics": []}, "Bitte mindestens ein Thema wählen."),
    ({"held_on": "01.01.2999"}, "es liegt nicht in der Zukunft"),
    ({"held_on": "gestern"}, "Bitte ein gültiges Datum eingeben."),
    ({"interpreter_mode": "phone"}, "Bitte angeben, in welche Sprache gedolmetscht wurde."),
    ({"interpreter_language": "Farsi"}, "Bitte angeben, wie gedolmetscht wurde"),
    ({"counsellor": "caseworker"}, "Bitte eine gültige Auswahl treffen."),
    ({"client": "foreign"}, "Bitte eine gültige Auswahl treffen."),
    ({"channel": "brief"}, "ist keine gültige Auswahl"),
])
def test_a_bad_session_is_refused(client, users, other_authority, changes, message):
    counsellor = users["counsellor"]
    desk = make_desk(counsellor.authority)
    topic = records.topics(counsellor.authority_id).first()
    foreign = make_client(make_user(other_authority, "counsellor", "fremd"), "Fremd")
    data = {"desk": desk.pk, "held_on": DAY, "counsellor": counsellor.pk, "channel": "in_person",
            "topics": [topic.pk], **changes}
    if data.get("counsellor") == "caseworker":
        data["counsellor"] = users["caseworker"].pk
    if data.get("client") == "foreign":
        data["client"] = foreign.pk
    before = AuditEntry.objects.count()
    response = login(client, counsellor).post(reverse("counselling:session_create"), data)
    _refused(response, message, before)
    assert not Session.objects.exists()


@pytest.mark.django_db
def test_a_good_session_is_saved_with_its_topics(client, users):
    counsellor = users["counsellor"]
    desk = make_desk(counsellor.authority)
    topics = list(records.topics(counsellor.authority_id)[:2])
    row = make_client(counsellor)
    response = login(client, counsellor).post(reverse("counselling:session_create"), {
        "client": row.pk, "desk": desk.pk, "held_on": DAY, "counsellor": counsellor.pk,
        "channel": "phone", "relatives": "Ehemann", "interpreter_mode": "video",
        "interpreter_language": "Dari", "interpreter_paid_by": "authority",
        "topics": [t.pk for t in topics], "outcome": "Antrag vorbereitet"})
    assert response.status_code == 302
    session = Session.objects.get()
    assert set(session.topics.all()) == set(topics) and session.client == row


@pytest.mark.django_db
def test_a_stale_session_edit_is_refused(client, users):
    session = make_session(users["counsellor"])
    Session.objects.filter(pk=session.pk).update(version=5)
    response = login(client, users["counsellor"]).post(
        reverse("counselling:session_edit", args=[session.pk]),
        {"desk": session.desk_id, "held_on": DAY, "counsellor": session.counsellor_id,
         "channel": "in_person", "topics": [session.topics.first().pk], "version": 1,
         "outcome": "überschrieben"})
    assert response.status_code == 400 and "inzwischen von jemand anderem" in \
        response.content.decode()
    assert Session.objects.get().outcome == "Vertrauliches Ergebnis XYZ"


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"purpose": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"organisation": "foreign"}, "Bitte eine gültige Auswahl treffen."),
    ({"referred_on": "01.01.2000"}, "Die Weitervermittlung liegt nicht vor der Beratung."),
])
def test_a_bad_referral_is_refused(client, users, other_authority, changes, message):
    session = make_session(users["counsellor"])
    partner = make_partner(users["counsellor"].authority)
    data = {"organisation": partner.pk, "referred_on": DAY, "purpose": "Wohnung", **changes}
    if data["organisation"] == "foreign":
        data["organisation"] = make_partner(other_authority).pk
    before = AuditEntry.objects.count()
    response = login(client, users["counsellor"]).post(
        reverse("counselling:referral_add", args=[session.pk]), data)
    _refused(response, message, before)
    assert not Referral.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"due_date": ""}, "Bitte das Fälligkeitsdatum angeben."),
    ({"reason": "  "}, "Bitte den Anlass der Wiedervorlage angeben."),
    ({"assignee": "caseworker"}, "Bitte eine gültige Auswahl treffen."),
    ({"assignee": ""}, "Zuständig ist eine Beraterin oder ein Berater dieser Behörde."),
])
def test_a_bad_follow_up_is_refused(client, users, changes, message):
    session = make_session(users["counsellor"])
    data = {"due_date": DAY, "reason": "Nachfragen", "assignee": users["counsellor"].pk,
            **changes}
    if data["assignee"] == "caseworker":
        data["assignee"] = users["caseworker"].pk
    before = AuditEntry.objects.count()
    response = login(client, users["counsellor"]).post(
        reverse("counselling:follow_up_add", args=[session.pk]), data)
    _refused(response, message, before)
    assert not RecordFollowUp.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"situation": " "}, "Dieses Feld ist zwingend erforderlich."),
    ({"potential": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"prepared_on": "01.01.2999"}, "es liegt nicht in der Zukunft"),
])
def test_a_bad_analysis_is_refused(client, users, changes, message):
    row = make_client(users["counsellor"])
    data = {"prepared_on": DAY, "situation": "s", "potential": "p", **changes}
    before = AuditEntry.objects.count()
    response = login(client, users["counsellor"]).post(
        reverse("counselling:analysis_edit", args=[row.pk]), data)
    _refused(response, message, before)
    assert not Analysis.objects.exists()


@pytest.mark.django_db
def test_the_plan_follows_the_analysis(client, users):
    row = make_client(users["counsellor"])
    url = reverse("counselling:goal_add", args=[row.pk])
    before = AuditEntry.objects.count()
    response = login(client, users["counsellor"]).post(url, {"text": "Arbeit", "status": "open"})
    _refused(response, "bitte zuerst die Potenzialanalyse erfassen", before)
    assert not Goal.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"text": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"due_date": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"responsible": "   "}, "Dieses Feld ist zwingend erforderlich."),
    ({"status": "vielleicht"}, "ist keine gültige Auswahl"),
])
def test_a_bad_measure_is_refused(client, users, changes, message):
    counsellor = users["counsellor"]
    row = make_client(counsellor)
    records.save_analysis(counsellor, Analysis(authority=counsellor.authority, client=row,
                                               prepared_on=yesterday(), situation="s",
                                               potential="p"), None)
    goal = records.save_goal(counsellor, Goal(authority=counsellor.authority, client=row,
                                              text="Arbeit", created_on=yesterday()), None)
    data = {"text": "Bewerben", "responsible": "Person", "due_date": DAY, "status": "open",
            **changes}
    before = AuditEntry.objects.count()
    response = login(client, counsellor).post(reverse("counselling:measure_add",
                                                      args=[goal.pk]), data)
    _refused(response, message, before)
    assert not Measure.objects.exists()


@pytest.mark.django_db
def test_a_client_needs_a_pseudonym(client, users):
    before = AuditEntry.objects.count()
    response = login(client, users["counsellor"]).post(reverse("counselling:client_create"),
                                                       {"pseudonym": "  ", "language": ""})
    _refused(response, "Dieses Feld ist zwingend erforderlich.", before)
    assert not Client.objects.exists()


@pytest.mark.django_db
def test_the_door_refuses_what_the_form_cannot_catch(users):
    """Blank text after trimming, a plan without analysis: the door says why in German."""
    from django.core.exceptions import ValidationError

    counsellor = users["counsellor"]
    with pytest.raises(ValidationError) as refused:
        records.save_client(counsellor, Client(authority=counsellor.authority, pseudonym=" "),
                            None)
    assert refused.value.message_dict == {"pseudonym": ["Bitte ein Pseudonym wählen."]}
    row = make_client(counsellor)
    with pytest.raises(ValidationError) as refused:
        records.save_analysis(counsellor, Analysis(authority=counsellor.authority, client=row,
                                                   prepared_on=yesterday(), situation=" ",
                                                   potential=" "), None)
    assert set(refused.value.message_dict) == {"situation", "potential"}
    assert not Analysis.objects.exists() and Client.objects.count() == 1
