"""Four eyes: whoever laid a matter before, or decided it, cannot approve or return it."""

import pytest
from django.urls import reverse

from tests.cases.decision_helpers import approval_of, make_application, refuse
from tests.conftest import login
from wegweiser.cases import decisions


def test_a_deputy_cannot_approve_the_refusal_they_decided(client, caseworker, person):
    caseworker.approval_deputy = True
    caseworker.save()
    approval = approval_of(refuse(caseworker, make_application(person, caseworker)))
    response = login(client, caseworker).post(
        reverse("cases:approval_answer", args=[approval.pk]),
        {"answer": "approve", "version": approval.version})
    assert response.status_code == 403
    assert "Vier-Augen-Prinzip verlangt eine zweite Person" in response.content.decode()
    approval.refresh_from_db()
    assert (approval.state, approval.answered_by) == ("requested", None)


def test_the_head_cannot_return_a_refusal_of_their_own(users, person):
    head = users["head"]
    approval = approval_of(refuse(head, make_application(person, head)))
    with pytest.raises(decisions.SelfApprovalError):
        decisions.answer_approval(head, approval, False, "bitte prüfen", approval.version)
    approval.refresh_from_db()
    assert approval.state == "requested"


def test_the_page_tells_the_author_that_a_second_person_must_answer(client, users, person):
    head = users["head"]
    approval = approval_of(refuse(head, make_application(person, head)))
    page = login(client, head).get(reverse("cases:approval_answer", args=[approval.pk]))
    assert "freigeben oder zurückgeben muss eine zweite Person" in page.content.decode()
