"""Four-eyes approvals: the head of department, or a caseworker named as the head's deputy."""

from wegweiser.accounts.roles import can


def test_only_the_head_and_a_named_deputy_may_answer_approvals(users):
    caseworker = users["caseworker"]
    assert can(users["head"], "approval.answer")
    assert not can(caseworker, "approval.answer")
    caseworker.approval_deputy = True
    assert can(caseworker, "approval.answer")
    counsellor = users["counsellor"]
    counsellor.approval_deputy = True
    assert not can(counsellor, "approval.answer")
