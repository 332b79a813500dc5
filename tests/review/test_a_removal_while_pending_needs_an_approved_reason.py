"""While a petition is before the commission the removal is suspended. Removing the person all
the same needs a recorded reason and the approval of a second person (four eyes): the head of
department or the named deputy, never the one who asked."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from review.hardship_factories import pending_petition
from tests.conftest import login, make_user
from wegweiser.cases.models import ApprovalRequest
from wegweiser.review import hardship


def test_a_pending_petition_suspends_the_removal(person, caseworker):
    petition = pending_petition(person, caseworker)

    assert hardship.is_pending(petition) and hardship.removal_suspended(petition)


def test_a_removal_request_without_a_reason_is_refused_and_nothing_saved(person, caseworker):
    petition = pending_petition(person, caseworker)

    with pytest.raises(ValidationError, match="Grund"):
        hardship.request_removal(caseworker, petition, "   ")
    assert not ApprovalRequest.objects.exists()


def test_the_request_is_laid_before_and_the_removal_stays_suspended(person, caseworker):
    petition = pending_petition(person, caseworker)

    approval = hardship.request_removal(caseworker, petition, "Flug gebucht")

    assert (approval.kind, approval.state, approval.note) == ("removal", "requested",
                                                              "Flug gebucht")
    assert petition.removal_request == approval and hardship.removal_suspended(petition)


def test_nobody_approves_their_own_request(person, users):
    petition = pending_petition(person, users["head"])
    approval = hardship.request_removal(users["head"], petition, "Flug gebucht")

    with pytest.raises(ValidationError, match="Vier-Augen"):
        hardship.answer_removal(users["head"], approval, True, "", approval.version)
    approval.refresh_from_db()
    assert approval.state == "requested"


def test_a_caseworker_who_is_not_the_deputy_cannot_approve(person, users):
    petition = pending_petition(person, users["caseworker"])
    approval = hardship.request_removal(users["caseworker"], petition, "Flug gebucht")
    other = make_user(person.authority, "caseworker", "zweite-sachbearbeitung")

    with pytest.raises(PermissionDenied):
        hardship.answer_removal(other, approval, True, "", approval.version)


def test_the_deputy_may_approve_and_then_the_suspension_is_lifted(person, users):
    petition = pending_petition(person, users["caseworker"])
    approval = hardship.request_removal(users["caseworker"], petition, "Flug gebucht")
    deputy = make_user(person.authority, "caseworker", "vertretung")
    deputy.approval_deputy = True
    deputy.save()

    hardship.answer_removal(deputy, approval, True, "", approval.version)

    petition.refresh_from_db()
    assert hardship.removal_released(petition) and not hardship.removal_suspended(petition)
    assert petition.removal_request.answered_by == deputy


def test_returning_needs_a_comment_and_keeps_the_suspension(person, users):
    petition = pending_petition(person, users["caseworker"])
    approval = hardship.request_removal(users["caseworker"], petition, "Flug gebucht")

    with pytest.raises(ValidationError, match="warum"):
        hardship.answer_removal(users["head"], approval, False, "", approval.version)
    hardship.answer_removal(users["head"], approval, False, "Kommission abwarten",
                            approval.version)

    petition.refresh_from_db()
    assert petition.removal_request.state == "returned" and hardship.removal_suspended(petition)


def test_after_the_commission_decided_no_approval_is_needed(person, caseworker):
    petition = pending_petition(person, caseworker, commission_outcome="no_ersuchen",
                                commission_decided_on=date(2026, 11, 2))

    assert not hardship.removal_suspended(petition)
    with pytest.raises(ValidationError, match="nicht nötig"):
        hardship.request_removal(caseworker, petition, "Flug gebucht")


def test_after_a_request_the_procedure_runs_until_the_office_decided(person, caseworker):
    petition = pending_petition(person, caseworker, commission_outcome="ersuchen",
                                commission_decided_on=date(2026, 11, 2))

    assert hardship.is_pending(petition) and hardship.removal_suspended(petition)


def test_the_approval_page_answers_by_post_and_a_caseworker_gets_403(client, person, users):
    petition = pending_petition(person, users["caseworker"])
    approval = hardship.request_removal(users["caseworker"], petition, "Flug gebucht")
    url = f"/praxis/haertefall/freigabe/{approval.pk}/"

    login(client, users["caseworker"])
    assert client.post(url, {"version": approval.version, "decision": "approve"}).status_code == 403
    login(client, users["head"])
    response = client.post(url, {"version": approval.version, "decision": "approve"})

    assert response.status_code == 302
    approval.refresh_from_db()
    assert approval.state == "approved" and approval.answered_by == users["head"]
