"""A file whose applications or decisions break a rule is refused as a whole: the report names
the person (file number) and the field, in German, and nothing at all is saved."""

import pytest

from interop.factories import decided_application, file_with_applications, teams_and_guideline
from wegweiser.cases.models import Application, ApprovalRequest, Decision, Person
from wegweiser.interop.services import import_file


def _refused(authority, head, application) -> list:
    teams_and_guideline(authority)
    outcome = import_file(file_with_applications(application), "x.json", authority, head)
    assert not outcome.ok
    assert not Person.unscoped.exists() and not Application.unscoped.exists()
    assert not Decision.unscoped.exists() and not ApprovalRequest.unscoped.exists()
    return outcome.problems


def _with(**decision):
    return decided_application(**decision)


@pytest.mark.parametrize(("application", "field", "words"), [
    (_with(outcome="vielleicht"), "applications[0].decision.outcome", "Nicht erlaubter Wert"),
    (_with(decided_on="2024-01-10"), "applications[0].decision.decided_on",
     "vor dem Eingang des Antrags (01.02.2024)"),
    (_with(pathway_id="p99"), "applications[0].decision.pathway_id", "Nicht erlaubter Wert"),
    ({**decided_application(), "pathway_id": "§ 25 Abs. 5"}, "applications[0].pathway_id",
     "Nicht erlaubter Wert"),
    (_with(team="Team Phantasie"), "applications[0].decision.team", "Unbekanntes Team"),
    (_with(guideline={"number": "99.9", "version": 1}), "applications[0].decision.guideline",
     "Diese Leitlinie"),
    (_with(follows_guideline=False), "applications[0].decision.departure_kind",
     "sachlichen Grund"),
    (_with(reasons=["school"]), "applications[0].decision.reasons", "gehören nicht zu"),
    (_with(reasons=[]), "applications[0].decision.reasons", "mindestens einen Hauptgrund"),
    (_with(discretion=""), "applications[0].decision.discretion", "wie das Ermessen"),
    (_with(decided_on="2024-02-30"), "applications[0].decision.decided_on",
     "Dieses Datum gibt es nicht"),
    ({**decided_application(), "status": "open"}, "applications[0].status",
     "kann nicht „offen“ sein"),
    (_with(approvals=[{"kind": "refusal", "state": "approved",
                       "requested_at": "2024-09-10T09:30:00+02:00",
                       "answered_at": "2024-09-01T09:30:00+02:00"}]),
     "applications[0].decision.approvals[0].answered_at", "vor der Vorlage"),
    (_with(reasons=["Identität ungeklärt"]), "applications[0].decision.reasons[0]",
     "Ein Grund ist ein Code"),
])
def test_a_bad_application_is_refused_naming_person_and_field(
        authority, head, application, field, words):
    problems = _refused(authority, head, application)

    assert any(p.column == field and words in p.message and p.person == "AZ-8"
               for p in problems), [p.as_dict() for p in problems]


def test_our_own_messages_name_the_person_in_the_text_too(authority, head):
    problems = _refused(authority, head, _with(team="Team Phantasie"))

    assert "Antrag 1 der Person AZ-8" in problems[0].message


def test_approvals_need_a_user_to_be_attributed_to(authority, head):
    teams_and_guideline(authority)

    outcome = import_file(file_with_applications(decided_application()), "x.json", authority,
                          None)

    assert not outcome.ok
    assert any("--user" in p.message for p in outcome.problems)
    assert not Person.unscoped.exists()
