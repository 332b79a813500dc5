"""The head returns a refusal with a comment; the caseworker corrects it and lays it before
again, by editing the decision or by re-submitting; then the head approves."""

from django.urls import reverse

from tests.cases.decision_helpers import approval_of, make_application, refuse
from tests.conftest import login
from wegweiser.cases import decisions


def test_returning_needs_a_comment(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    approval = approval_of(refuse(caseworker, make_application(person, caseworker)))
    response = login(client, head).post(reverse("cases:approval_answer", args=[approval.pk]),
                                        {"answer": "return", "version": approval.version})
    assert response.status_code == 400
    assert "Bitte beim Zurückgeben sagen, was zu ändern" in response.content.decode()
    approval.refresh_from_db()
    assert approval.state == "requested"


def test_a_corrected_refusal_is_laid_before_again(users, person):
    caseworker, head = users["caseworker"], users["head"]
    decision = refuse(caseworker, make_application(person, caseworker))
    approval = approval_of(decision)
    decisions.answer_approval(head, approval, False, "Sprache fehlt als Grund", approval.version)
    assert approval_of(decision).state == "returned"

    decision.reasons = ["livelihood", "language"]
    decisions.record_decision(caseworker, decision, decision.version)
    approval = approval_of(decision)
    assert approval.state == "requested"
    assert approval.comment == "Sprache fehlt als Grund"  # the second reader sees what was asked

    decisions.answer_approval(head, approval, True, "", approval.version)
    assert approval_of(decision).state == "approved"


def test_a_returned_request_is_resubmitted_through_the_page(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    decision = refuse(caseworker, make_application(person, caseworker))
    approval = approval_of(decision)
    decisions.answer_approval(head, approval, False, "Bitte Anhörung nachweisen", approval.version)
    approval.refresh_from_db()

    login(client, caseworker)
    page = client.get(reverse("cases:approval_resubmit", args=[approval.pk]))
    assert "Bitte Anhörung nachweisen" in page.content.decode()
    response = client.post(reverse("cases:approval_resubmit", args=[approval.pk]),
                           {"note": "Anhörung vom 01.09. liegt bei", "version": approval.version})
    assert response.status_code == 302
    approval.refresh_from_db()
    assert (approval.state, approval.note) == ("requested", "Anhörung vom 01.09. liegt bei")


def test_a_refusal_corrected_into_a_grant_needs_no_approval(users, person):
    caseworker, head = users["caseworker"], users["head"]
    decision = refuse(caseworker, make_application(person, caseworker))
    approval = approval_of(decision)
    decisions.answer_approval(head, approval, False, "Lebensunterhalt ist gesichert",
                              approval.version)
    decision.outcome, decision.reasons = "granted", []
    decisions.record_decision(caseworker, decision, decision.version)
    assert not decision.approvals.exists()
    assert decisions.is_final(decision, None)
