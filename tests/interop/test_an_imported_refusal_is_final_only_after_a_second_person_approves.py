"""What an import does with the four-eyes approval of a refusal (docs/formats, user guide):
it takes over the approvals the file carries, with the importing user as the one who laid
them before - so that person cannot approve a pending one, a second person must; a refusal
without approvals gets none and stays not final until someone saves it (and so lays it before)."""

import pytest

from interop.factories import (
    decided_application,
    file_with_applications,
    make_user,
    teams_and_guideline,
)
from wegweiser.accounts.roles import Role
from wegweiser.cases.decisions import SelfApprovalError, answer_approval, is_final
from wegweiser.cases.models import ApprovalRequest, Decision
from wegweiser.interop.services import import_file

PENDING = {"kind": "refusal", "state": "requested", "requested_at": "2024-09-10T09:30:00+02:00",
           "note": "", "answered_at": None, "comment": ""}


def test_a_refusal_without_approvals_gets_no_approval_and_is_not_final(authority, head):
    teams_and_guideline(authority)

    import_file(file_with_applications(decided_application(approvals=[])), "a.json",
                authority, head)

    assert not ApprovalRequest.unscoped.exists()
    assert not is_final(Decision.unscoped.get(), None)


def test_a_pending_approval_is_laid_before_by_the_importing_user_who_cannot_approve_it(
        authority, head):
    teams_and_guideline(authority)
    import_file(file_with_applications(decided_application(approvals=[PENDING])), "a.json",
                authority, head)
    approval = ApprovalRequest.unscoped.get()
    assert (approval.state, approval.requested_by) == ("requested", head)

    with pytest.raises(SelfApprovalError):
        answer_approval(head, approval, True, "", approval.version)

    deputy = make_user(authority, Role.HEAD, "zweite-leitung")
    answer_approval(deputy, approval, True, "", approval.version)
    assert is_final(approval.decision, approval)


def test_saving_the_imported_refusal_lays_it_before_with_the_saving_user_as_requester(
        authority, head, caseworker):
    from wegweiser.cases.decisions import record_decision

    teams_and_guideline(authority)
    import_file(file_with_applications(decided_application(approvals=[])), "a.json",
                authority, head)
    decision = Decision.unscoped.select_related("application").get()

    record_decision(caseworker, decision, decision.version)

    approval = ApprovalRequest.unscoped.get()
    assert (approval.kind, approval.state, approval.requested_by) == ("refusal", "requested",
                                                                      caseworker)
