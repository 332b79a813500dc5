"""Bad input on every training form: a German message beside the field, nothing saved."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.training.factories import make_event, make_topic
from wegweiser.training.models import (
    Attendance,
    LanguageSkill,
    PlannedTraining,
    TopicRequirement,
    TrainingEvent,
    TrainingTopic,
)


@pytest.fixture
def topic(authority):
    return make_topic(authority, "Deeskalation")


def event_data(topic, **changes):
    data = {"kind": "seminar", "topic": topic.pk, "title": "Deeskalation", "trainer": "",
            "held_on": "2026-03-10", "hours": "4", "cost": "450,00", "budget_line": "",
            "evidence_reference": ""}
    data.update(changes)
    return data


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "  "}, "Dieses Feld ist zwingend erforderlich."),
    ({"hours": "0"}, "Die Stunden liegen über 0 und höchstens bei 200."),
    ({"hours": "900"}, "Die Stunden liegen über 0 und höchstens bei 200."),
    ({"cost": "-5"}, "Die Kosten sind ein Betrag ab 0 Euro (leer: 0)."),
    ({"hours": "viel"}, "Bitte eine Zahl eingeben."),
    ({"held_on": ""}, "Dieses Feld ist zwingend erforderlich."),
])
def test_a_bad_event_is_refused(client, users, topic, changes, message):
    login(client, users["head"])
    response = client.post(reverse("training:event_create"), event_data(topic, **changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not TrainingEvent.objects.exists()


def test_a_good_event_with_german_decimals_is_saved(client, users, topic):
    login(client, users["head"])
    response = client.post(reverse("training:event_create"),
                           event_data(topic, hours="7,5", participants=[users["counsellor"].pk]))
    assert response.status_code == 302
    event = TrainingEvent.objects.get()
    assert (str(event.hours), str(event.cost)) == ("7.5", "450.00")
    assert list(Attendance.objects.values_list("user_id", flat=True)) == [users["counsellor"].pk]


def test_a_file_that_is_no_pdf_or_image_is_refused(client, users, topic):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login(client, users["head"])
    upload = SimpleUploadedFile("nachweis.pdf", b"MZ not a pdf", content_type="application/pdf")
    response = client.post(reverse("training:event_create"),
                           {**event_data(topic), "evidence_upload": upload})
    assert response.status_code == 400
    assert "Als Nachweis gehen PDF, PNG oder JPEG." in response.content.decode()
    assert not TrainingEvent.objects.exists()


@pytest.mark.parametrize(("name", "message"), [
    ("", "Dieses Feld ist zwingend erforderlich."),
    ("deeskalation", "Dieses Thema gibt es schon."),
])
def test_a_bad_topic_is_refused(client, users, topic, name, message):
    login(client, users["admin"])
    response = client.post(reverse("training:topics"), {"name": name, "active": "on"})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert TrainingTopic.objects.count() == 1


@pytest.mark.parametrize(("months", "message"), [
    ("0", "Die Gültigkeit liegt zwischen 1 und 120 Monaten (leer: einmalig)."),
    ("500", "Die Gültigkeit liegt zwischen 1 und 120 Monaten (leer: einmalig)."),
])
def test_a_bad_requirement_is_refused(client, users, topic, months, message):
    login(client, users["admin"])
    response = client.post(reverse("training:requirements"),
                           {"role": "counsellor", "topic": topic.pk, "validity_months": months})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not TopicRequirement.objects.exists()


def test_a_requirement_given_twice_is_refused(client, users, topic):
    login(client, users["admin"])
    data = {"role": "counsellor", "topic": topic.pk, "validity_months": "12"}
    assert client.post(reverse("training:requirements"), data).status_code == 302
    response = client.post(reverse("training:requirements"), data)
    assert "Für diese Rolle ist das Thema schon vorgesehen." in response.content.decode()
    assert TopicRequirement.objects.count() == 1


@pytest.mark.parametrize(("data", "message"), [
    ({"language": "", "level": "B2"}, "Dieses Feld ist zwingend erforderlich."),
    ({"language": "Arabisch", "level": "D9"}, "Bitte eine gültige Auswahl treffen."),
    ({"language": "arabisch", "level": "B2"}, "Diese Sprache ist schon eingetragen."),
])
def test_a_bad_language_is_refused(client, users, data, message):
    me = users["counsellor"]
    LanguageSkill.objects.create(authority=me.authority, user=me, language="Arabisch", level="C1")
    login(client, me)
    response = client.post(reverse("training:language_add", args=[me.pk]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert LanguageSkill.objects.count() == 1


@pytest.mark.parametrize(("year", "message"), [
    ("1850", "Bitte ein Jahr zwischen 2000 und 2100 angeben."),
    ("2026", "Dieses Thema ist für diese Person im Jahr schon geplant."),
])
def test_a_bad_plan_entry_is_refused(client, users, topic, year, message):
    PlannedTraining.objects.create(authority=topic.authority, user=users["counsellor"],
                                   topic=topic, year=2026)
    login(client, users["head"])
    response = client.post(reverse("training:plan"), {
        "user": users["counsellor"].pk, "topic": topic.pk, "year": year, "note": ""})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert PlannedTraining.objects.count() == 1


def test_attendance_cannot_be_recorded_before_the_event(client, users, topic):
    event = make_event(topic, held_on=date(2099, 1, 1),
                       attendees=[(users["counsellor"], "")])
    login(client, users["head"])
    response = client.post(reverse("training:attendance", args=[event.pk]), {
        "version": event.version, f"status_{users['counsellor'].pk}": "attended"}, follow=True)
    assert "Die Teilnahme wird erst ab dem Tag der Fortbildung erfasst." in (
        response.content.decode())
    assert Attendance.objects.get().status == ""


def test_an_unknown_attendance_status_is_refused(client, users, topic):
    event = make_event(topic, attendees=[(users["counsellor"], "")])
    login(client, users["head"])
    response = client.post(reverse("training:attendance", args=[event.pk]), {
        "version": event.version, f"status_{users['counsellor'].pk}": "geschwänzt"}, follow=True)
    assert "Bitte für jede Person einen der angebotenen Stände wählen." in (
        response.content.decode())
    assert Attendance.objects.get().status == ""
