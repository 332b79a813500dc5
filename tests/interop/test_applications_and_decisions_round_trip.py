"""Format 1.2 carries a person's applications with the office's decisions and their four-eyes
approvals. A hand-built file imported and exported again gives the same applications; the
frozen screening snapshot travels unchanged; importing it twice changes nothing."""

import json

from interop.factories import decided_application, file_with_applications, teams_and_guideline
from wegweiser.cases.models import Application, ApprovalRequest, Decision, Person
from wegweiser.interop import schema
from wegweiser.interop.exchange import cases_to_document
from wegweiser.interop.services import import_file

OPEN = {"received_on": "2026-01-05", "subject": "duldung", "pathway_id": "p60d",
        "channel": "counselling", "status": "open", "note": "Arbeitsvertrag folgt",
        "decision": None}


def _exported(authority) -> list[dict]:
    document = cases_to_document(Person.unscoped.filter(authority=authority))
    schema.validator(schema.CASE_FILES).validate(json.loads(json.dumps(document)))
    return json.loads(json.dumps(document))["cases"][0]["applications"]


def test_a_hand_built_file_comes_back_out_unchanged(authority, head):
    teams_and_guideline(authority)
    given = [decided_application(), OPEN]

    outcome = import_file(file_with_applications(*given), "antraege.json", authority, head)

    assert outcome.ok, outcome.report()
    assert _exported(authority) == given


def test_the_snapshot_is_stored_as_given_not_recomputed(authority, head):
    teams_and_guideline(authority)
    snapshot = {"as_of": "2024-09-16", "verdict": "may", "anything": [1, 2, {"kept": True}]}

    import_file(file_with_applications(decided_application(snapshot=snapshot,
                                                           snapshot_verdict="not_met")),
                "a.json", authority, head)

    decision = Decision.unscoped.get()
    assert decision.snapshot == snapshot and decision.snapshot_verdict == "not_met"


def test_team_guideline_and_approval_are_linked_and_the_importer_is_the_requester(
        authority, head):
    version = teams_and_guideline(authority)

    import_file(file_with_applications(decided_application()), "a.json", authority, head)

    decision = Decision.unscoped.select_related("team").get()
    assert decision.team.name == "Team A–K" and decision.guideline_version == version
    approval = ApprovalRequest.unscoped.get()
    assert (approval.decision, approval.state, approval.requested_by) == (decision, "approved",
                                                                          head)
    assert approval.answered_by is None  # the file names no staff
    assert approval.requested_at.isoformat().startswith("2024-09-10T07:30:00")


def test_importing_the_same_file_twice_changes_nothing(authority, head):
    teams_and_guideline(authority)
    data = file_with_applications(decided_application(), OPEN)
    import_file(data, "a.json", authority, head)
    ids = sorted(Application.unscoped.values_list("pk", flat=True))

    again = import_file(data, "a.json", authority, head)

    assert again.ok and again.counts.persons_unchanged == 1
    assert again.counts.records_written == 0 and again.counts.records_removed == 0
    assert sorted(Application.unscoped.values_list("pk", flat=True)) == ids


def test_a_changed_list_replaces_the_stored_one_and_keeps_history(authority, head):
    teams_and_guideline(authority)
    import_file(file_with_applications(decided_application(), OPEN), "a.json", authority, head)

    outcome = import_file(file_with_applications(OPEN), "b.json", authority, head)

    assert outcome.ok and outcome.counts.persons_updated == 1
    assert list(Application.unscoped.values_list("pathway_id", flat=True)) == ["p60d"]
    assert not Decision.unscoped.exists() and not ApprovalRequest.unscoped.exists()
    assert Decision.history.filter(history_type="-").count() == 1


def test_a_file_without_applications_leaves_them_alone(authority, head):
    teams_and_guideline(authority)
    import_file(file_with_applications(OPEN), "a.json", authority, head)
    older = json.dumps({"format_version": "1.1", "cases": [
        {"file_number": "AZ-8", "family_name": "Okafor", "nationality": "NGA"}]}).encode()

    assert import_file(older, "alt.json", authority, head).ok
    assert Application.unscoped.count() == 1


def test_the_export_reads_a_fixed_number_of_queries_whatever_the_decisions(
        authority, head, django_assert_max_num_queries):
    teams_and_guideline(authority)
    for number in range(6):
        import_file(file_with_applications(decided_application(), OPEN,
                                           file_number=f"AZ-{number}"), "a.json", authority, head)

    with django_assert_max_num_queries(15):
        cases_to_document(Person.objects.all())
