"""A caseworker named as the head's deputy approves a colleague's refusal; it becomes final."""

from django.urls import reverse

from tests.cases.decision_helpers import approval_of, make_application, refuse
from tests.conftest import login, make_user
from wegweiser.cases.decisions import is_final


def test_the_deputy_approves_and_the_refusal_becomes_final(client, authority, caseworker, person):
    deputy = make_user(authority, "caseworker", "deputy")
    deputy.approval_deputy = True
    deputy.save()
    decision = refuse(caseworker, make_application(person, caseworker))
    approval = approval_of(decision)
    assert not is_final(decision, approval)

    login(client, deputy)
    assert reverse("cases:approvals") in client.get(reverse("home")).content.decode()
    response = client.post(reverse("cases:approval_answer", args=[approval.pk]),
                           {"answer": "approve", "comment": "", "version": approval.version})
    assert response.status_code == 302
    approval.refresh_from_db()
    assert (approval.state, approval.answered_by) == ("approved", deputy)
    assert is_final(decision, approval)
