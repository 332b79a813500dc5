"""Two people edit the same decision: the later save is refused with 409, its input kept."""

from django.urls import reverse

from tests.cases.decision_helpers import decide, make_application
from tests.conftest import login
from wegweiser.cases import decisions
from wegweiser.cases.models import Decision


def test_the_later_of_two_decision_edits_is_refused(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    decision = decide(caseworker, make_application(person, caseworker))
    stale_version = decision.version
    decision.reason_text = "Erste Fassung"
    decisions.record_decision(head, decision, decision.version)

    url = reverse("cases:decision_edit", args=[person.pk, decision.application_id])
    response = login(client, caseworker).post(url, {
        "decided_on": "2026-09-15", "outcome": "granted", "decision_type": "should",
        "reason_text": "Meine Ergänzung", "follows_guideline": "", "version": stale_version})
    assert response.status_code == 409
    body = response.content.decode()
    assert "inzwischen von jemand anderem geändert" in body
    assert "Meine Ergänzung" in body
    assert Decision.objects.get(pk=decision.pk).reason_text == "Erste Fassung"


def test_an_answer_to_a_request_answered_meanwhile_is_refused(client, users, person, authority):
    from tests.cases.decision_helpers import approval_of, refuse
    from tests.conftest import make_user

    caseworker, head = users["caseworker"], users["head"]
    deputy = make_user(authority, "caseworker", "deputy")
    deputy.approval_deputy = True
    deputy.save()
    approval = approval_of(refuse(caseworker, make_application(person, caseworker)))
    stale_version = approval.version
    decisions.answer_approval(head, approval, True, "", approval.version)

    response = login(client, deputy).post(reverse("cases:approval_answer", args=[approval.pk]), {
        "answer": "return", "comment": "Bitte prüfen", "version": stale_version})
    assert response.status_code == 400
    assert "nicht mehr offen" in response.content.decode()
    approval.refresh_from_db()
    assert (approval.state, approval.answered_by) == ("approved", head)
