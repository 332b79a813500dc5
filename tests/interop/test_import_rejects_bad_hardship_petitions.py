"""A petition with wrong dates, an unknown result of the commission or a decision that is not
in the file is refused with a German message naming the path; nothing is stored, also not the
good parts of the file."""

import pytest

from interop.factories import (
    decided_petition,
    file_with_petitions,
    granted_p23a_application,
    pending_petition,
)
from wegweiser.cases.models import Application, ApprovalRequest, Person
from wegweiser.interop.services import import_file
from wegweiser.review.models import HardshipPetition

GRANT = granted_p23a_application()


@pytest.mark.parametrize(("petition", "path", "words"), [
    (decided_petition(ministry_order_on="2024-04-01"), "hardship_petitions[0].ministry_order_on",
     "vor der Entscheidung der Kommission"),
    (decided_petition(office_informed_on="2023-12-01"),
     "hardship_petitions[0].office_informed_on", "vor dem Eingang bei der Kommission"),
    (decided_petition(statement_due_on="2024-01-15"), "hardship_petitions[0].statement_due_on",
     "Die Frist endet vor der Unterrichtung"),
    (decided_petition(received_by_commission_on="2024-02-30"),
     "hardship_petitions[0].received_by_commission_on", "Dieses Datum gibt es nicht"),
    (decided_petition(received_by_commission_on="2004-06-01"),
     "hardship_petitions[0].received_by_commission_on", "seit dem 01.01.2005"),
    (decided_petition(commission_decided_on="2099-01-01"),
     "hardship_petitions[0].commission_decided_on", "liegt in der Zukunft"),
    (pending_petition(commission_decided_on="2026-03-01"),
     "hardship_petitions[0].commission_decided_on", "als „offen“ erfasst"),
    (decided_petition(commission_outcome="abgelehnt"),
     "hardship_petitions[0].commission_outcome", "Nicht erlaubter Wert"),
    (decided_petition(commission_outcome="no_ersuchen"),
     "hardship_petitions[0].ministry_order_on", "folgt nur auf ein Härtefallersuchen"),
    (decided_petition(decision={"decided_on": "2024-08-02", "pathway_id": "p23a",
                                "outcome": "granted"}),
     "hardship_petitions[0].decision", "steht nicht unter den Anträgen der Person"),
    (pending_petition(removal_request={**pending_petition()["removal_request"], "comment": ""}),
     "hardship_petitions[0].removal_request.comment", "warum die Abschiebung nicht"),
    (pending_petition(removal_request={**pending_petition()["removal_request"], "note": " "}),
     "hardship_petitions[0].removal_request.note", "Bitte den Grund angeben"),
    (pending_petition(removal_request={**pending_petition()["removal_request"],
                                       "answered_at": "2026-02-11T16:00:00+01:00"}),
     "hardship_petitions[0].removal_request.answered_at", "vor der Vorlage beschieden"),
    (pending_petition(removal_request={**pending_petition()["removal_request"],
                                       "kind": "refusal"}),
     "hardship_petitions[0].removal_request.kind", "Nicht unterstützter Wert"),
])
def test_a_bad_petition_is_refused_with_a_german_message_and_nothing_is_stored(
        authority, head, petition, path, words):
    good = pending_petition(received_by_commission_on="2025-12-01")
    data = file_with_petitions(good, petition, applications=[GRANT])
    path = path.replace("[0]", "[1]")

    outcome = import_file(data, "hfk.json", authority, head)

    assert not outcome.ok
    found = [p for p in outcome.problems if p.column == path]
    assert found and words in found[0].message, [p.as_dict() for p in outcome.problems]
    assert not Person.unscoped.exists() and not Application.unscoped.exists()
    assert not HardshipPetition.unscoped.exists() and not ApprovalRequest.unscoped.exists()


def test_a_decision_reference_without_any_decision_is_refused(authority, head):
    outcome = import_file(file_with_petitions(decided_petition()), "hfk.json", authority, head)

    assert not outcome.ok
    assert [p.column for p in outcome.problems] == ["hardship_petitions[0].decision"]
    assert "Härtefallverfahren 1 der Person AZ-8" in outcome.problems[0].message
    assert not Person.unscoped.exists()
