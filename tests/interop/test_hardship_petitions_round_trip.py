"""Format 1.3 carries a person's § 23a petitions: a hand-built file imported, exported,
imported into another authority and exported again gives the same petitions, with the office's
decision found again by its day, norm and outcome and the removal request without staff."""

import json

from interop.factories import (
    decided_petition,
    file_with_petitions,
    granted_p23a_application,
    make_user,
    pending_petition,
)
from wegweiser.accounts.roles import Role
from wegweiser.cases.models import ApprovalRequest, Decision, Person
from wegweiser.interop import schema
from wegweiser.interop.exchange import cases_to_document
from wegweiser.interop.services import import_file
from wegweiser.review.models import HardshipPetition


def _exported(authority) -> dict:
    document = json.loads(json.dumps(cases_to_document(Person.unscoped.filter(
        authority=authority))))
    schema.validator(schema.CASE_FILES).validate(document)
    return document


def test_petitions_come_back_out_unchanged_in_another_authority(authority, other_authority,
                                                                 head):
    given = [decided_petition(), pending_petition()]
    data = file_with_petitions(*given, applications=[granted_p23a_application()])

    assert import_file(data, "hfk.json", authority, head).ok
    first = _exported(authority)
    assert first["format_version"] == "1.3"
    assert first["cases"][0]["hardship_petitions"] == given

    other_head = make_user(other_authority, Role.HEAD, "andere-leitung")
    outcome = import_file(json.dumps(first).encode(), "uebergabe.json", other_authority,
                          other_head)

    assert outcome.ok, outcome.report()
    assert _exported(other_authority)["cases"] == first["cases"]


def test_the_petition_is_linked_to_the_decision_of_the_same_file(authority, head):
    import_file(file_with_petitions(decided_petition(),
                                    applications=[granted_p23a_application()]),
                "hfk.json", authority, head)

    petition = HardshipPetition.unscoped.get()
    assert petition.decision == Decision.unscoped.get(pathway_id="p23a")


def test_the_removal_request_is_requested_by_the_importing_user_and_answered_by_no_one(
        authority, head):
    import_file(file_with_petitions(pending_petition()), "hfk.json", authority, head)

    approval = HardshipPetition.unscoped.get().removal_request
    assert (approval.kind, approval.state, approval.requested_by) == ("removal", "returned",
                                                                      head)
    assert approval.answered_by is None and approval.decision is None
    assert approval.requested_at.isoformat().startswith("2026-02-12T08:00:00")


def test_importing_the_same_file_twice_stores_nothing_twice(authority, head):
    data = file_with_petitions(decided_petition(), pending_petition(),
                               applications=[granted_p23a_application()])
    import_file(data, "hfk.json", authority, head)
    petitions = sorted(HardshipPetition.unscoped.values_list("pk", flat=True))
    approvals = ApprovalRequest.unscoped.count()

    again = import_file(data, "hfk.json", authority, head)

    assert again.ok and again.counts.persons_unchanged == 1
    assert again.counts.records_written == 0 and again.counts.records_removed == 0
    assert sorted(HardshipPetition.unscoped.values_list("pk", flat=True)) == petitions
    assert ApprovalRequest.unscoped.count() == approvals


def test_a_changed_petition_replaces_the_stored_one_with_history(authority, head):
    import_file(file_with_petitions(pending_petition()), "a.json", authority, head)

    changed = pending_petition(note="Kommission tagt im März.", removal_request=None)
    outcome = import_file(file_with_petitions(changed), "b.json", authority, head)

    assert outcome.ok and outcome.counts.persons_updated == 1
    petition = HardshipPetition.unscoped.get()
    assert petition.note == "Kommission tagt im März." and petition.removal_request is None
    assert not ApprovalRequest.unscoped.exists()
    assert HardshipPetition.history.filter(history_type="-").count() == 1


def test_a_petition_may_name_a_stored_decision_when_the_file_has_no_applications(
        authority, head):
    from interop.factories import file_with_applications

    import_file(file_with_applications(granted_p23a_application()), "a.json", authority, head)

    outcome = import_file(file_with_petitions(decided_petition()), "b.json", authority, head)

    assert outcome.ok, outcome.report()
    assert HardshipPetition.unscoped.get().decision == Decision.unscoped.get()
