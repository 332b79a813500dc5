"""Every rule of applications and decisions: a clear German message, and nothing is saved."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.cases.decision_helpers import RECEIVED, make_application
from tests.conftest import login
from wegweiser.cases import decisions
from wegweiser.cases.models import Application, ApprovalRequest, Decision
from wegweiser.review.models import Guideline, GuidelineVersion


def post_application(client, person, **changes):
    data = {"received_on": "2026-03-02", "subject": "residence_permit", "pathway_id": "p25b",
            "channel": "post", "status": "open", **changes}
    return client.post(reverse("cases:application_add", args=[person.pk]), data)


def post_decision(client, application, **changes):
    data = {"decided_on": "2026-09-15", "outcome": "granted", "pathway_id": "",
            "decision_type": "should", "discretion": "", "follows_guideline": "", **changes}
    url = reverse("cases:decision_edit", args=[application.person_id, application.pk])
    return client.post(url, data)


def assert_refused(response, message):
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_residence_permit_application_needs_its_norm(client, caseworker, person):
    response = post_application(login(client, caseworker), person, pathway_id="")
    assert_refused(response, "Für einen Antrag auf Aufenthaltserlaubnis bitte die Rechtsgrundlage")
    assert not Application.objects.exists()


def test_an_application_received_tomorrow_is_refused(client, caseworker, person):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    response = post_application(login(client, caseworker), person, received_on=tomorrow)
    assert_refused(response, "Der Eingang des Antrags liegt in der Zukunft.")
    assert not Application.objects.exists()


def test_the_door_refuses_an_unknown_norm(caseworker, person):
    application = Application(person=person, authority_id=person.authority_id,
                              received_on=RECEIVED, subject="residence_permit",
                              pathway_id="p99", channel="post")
    with pytest.raises(ValidationError) as refused:
        decisions.save_application(caseworker, application, None)
    assert "Unbekannte Rechtsgrundlage „p99“" in refused.value.message_dict["pathway_id"][0]
    assert not Application.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"decided_on": "2026-03-01"},
     "Die Entscheidung kann nicht vor dem Eingang des Antrags (02.03.2026) liegen."),
    ({"decided_on": (date.today() + timedelta(days=1)).isoformat()},
     "Das Datum der Entscheidung liegt in der Zukunft."),
    ({"decision_type": "bound", "discretion": "in_favour"},
     "Die Ausübung des Ermessens passt nur zu einer Ermessensentscheidung"),
    ({"decision_type": "discretion"},
     "Bei einer Ermessensentscheidung bitte angeben, wie das Ermessen ausgeübt wurde."),
    ({"outcome": "refused"}, "Eine Ablehnung braucht mindestens einen Hauptgrund."),
    ({"outcome": "refused", "reasons": ["departure_possible"]},
     "ist kein Grund zu dieser Rechtsgrundlage"),
    ({"decision_type": ""}, "Bitte die Art der Entscheidung angeben"),
])
def test_a_bad_decision_is_refused_and_nothing_is_saved(client, caseworker, person, changes,
                                                        message):
    application = make_application(person, caseworker)
    response = post_decision(login(client, caseworker), application, **changes)
    assert_refused(response, message)
    assert not Decision.objects.exists()
    assert not ApprovalRequest.objects.exists()
    application.refresh_from_db()
    assert application.status == "open"


def test_the_door_refuses_reasons_of_another_norm(caseworker, person):
    from tests.cases.decision_helpers import refuse

    application = make_application(person, caseworker, pathway_id="p25_5")
    with pytest.raises(ValidationError) as refused:
        refuse(caseworker, application, reasons=["language", "identity"])
    assert refused.value.message_dict["reasons"] == [
        "Diese Gründe gehören nicht zu § 25 Abs. 5 AufenthG: language. Bitte nur Gründe der "
        "Liste wählen."]
    assert not Decision.objects.exists()


def test_a_departure_from_the_guideline_needs_its_reason(client, caseworker, person):
    guideline = Guideline.objects.create(authority=person.authority, number="25b.1",
                                         title="Identität nach 18 Monaten")
    version = GuidelineVersion.objects.create(
        authority=person.authority, guideline=guideline, number=1, text="…",
        pathway_ids=["p25b"], valid_from=date(2025, 1, 1), reason_kind="conference",
        state="approved")
    application = make_application(person, caseworker)
    response = post_decision(login(client, caseworker), application,
                             guideline_version=version.pk, follows_guideline="False")
    assert_refused(response, "braucht einen sachlichen Grund der Abweichung")
    assert "Bitte die Abweichung von der Leitlinie begründen." in response.content.decode()
    assert not Decision.objects.exists()


def test_a_guideline_not_yet_in_force_cannot_be_applied(client, caseworker, person):
    guideline = Guideline.objects.create(authority=person.authority, number="25b.2", title="X")
    version = GuidelineVersion.objects.create(
        authority=person.authority, guideline=guideline, number=1, text="…",
        valid_from=date(2026, 10, 1), reason_kind="conference", state="approved")
    application = make_application(person, caseworker)
    response = post_decision(login(client, caseworker), application,
                             guideline_version=version.pk, follows_guideline="True")
    assert_refused(response, "Diese Fassung der Leitlinie galt am Tag der Entscheidung nicht")
    assert not Decision.objects.exists()
