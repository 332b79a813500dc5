"""The requester finds the answer to a four-eyes request under "Meine Wiedervorlagen"."""

from django.urls import reverse

from tests.cases.decision_helpers import approval_of, make_application, refuse
from tests.conftest import login
from wegweiser.cases import decisions


def test_a_returned_refusal_shows_the_comment_and_the_way_to_resubmit(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    approval = approval_of(refuse(caseworker, make_application(person, caseworker)))
    decisions.answer_approval(head, approval, False, "Anhörung fehlt", approval.version)

    page = login(client, caseworker).get(reverse("cases:my_follow_ups")).content.decode()
    assert "Meine Vorlagen zur Freigabe" in page
    assert "zurückgegeben" in page and "Anhörung fehlt" in page
    assert reverse("cases:approval_resubmit", args=[approval.pk]) in page


def test_an_approved_refusal_shows_who_approved(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    approval = approval_of(refuse(caseworker, make_application(person, caseworker)))
    decisions.answer_approval(head, approval, True, "", approval.version)

    page = login(client, caseworker).get(reverse("cases:my_follow_ups")).content.decode()
    assert "freigegeben – Test Head" in page


def test_a_colleague_does_not_see_the_request(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    refuse(caseworker, make_application(person, caseworker))
    page = login(client, head).get(reverse("cases:my_follow_ups")).content.decode()
    assert "Meine Vorlagen zur Freigabe" not in page
