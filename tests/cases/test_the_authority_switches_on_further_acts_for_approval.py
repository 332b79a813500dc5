"""The head of department switches on a further act (a grant under discretion): from then on
such a decision waits for a second person; before, and with the switch off, it is final at once.
The change is versioned and written to the audit log with old and new value."""

from django.urls import reverse

from tests.cases.approval_settings_helpers import discretion_fields, switch
from tests.cases.decision_helpers import decide, make_application
from tests.conftest import login
from wegweiser.audit.models import AuditEntry
from wegweiser.cases.approval_settings import optional_kind, settings_of
from wegweiser.cases.decisions import approval_kind, is_final
from wegweiser.cases.models import ApprovalRequest, Decision


def test_a_grant_under_discretion_needs_no_approval_by_default(caseworker, person):
    decision = decide(caseworker, make_application(person, caseworker), **discretion_fields())
    assert not ApprovalRequest.objects.filter(decision=decision).exists()
    assert is_final(decision, None)


def test_switched_on_on_the_page_it_waits_for_a_second_person(client, users, person):
    head, caseworker = users["head"], users["caseworker"]
    login(client, head)
    page = client.get(reverse("cases:approval_settings")).content.decode()
    assert "Immer freigabepflichtig" in page and "Duldung statt" in page
    response = client.post(reverse("cases:approval_settings"),
                           {"discretion_grant": "on", "version": "0"})
    assert response.status_code == 302
    assert settings_of(head.authority_id).discretion_grant

    decision = decide(caseworker, make_application(person, caseworker), **discretion_fields())
    approval = ApprovalRequest.objects.get(decision=decision)
    assert (approval.kind, approval.state) == ("discretion", "requested")
    assert not is_final(decision, approval)
    listing = client.get(reverse("cases:approvals")).content.decode()
    assert "Erteilung nach Ermessen: erteilt" in listing

    entry = AuditEntry.objects.filter(detail__record="approvalsettings").get()
    assert entry.detail["changes"] == {"discretion_grant": [False, True]}
    assert entry.target == "Einstellungen der Freigaben (Vier-Augen-Prinzip)"


def test_a_grant_under_a_should_norm_stays_final(users, person):
    switch(users["head"], discretion_grant=True)
    caseworker = users["caseworker"]
    decision = decide(caseworker, make_application(person, caseworker))
    assert not ApprovalRequest.objects.filter(decision=decision).exists()


def test_a_departure_from_a_guideline_is_the_other_switch(users, person):
    decision = Decision(authority_id=person.authority_id, outcome="granted",
                        decision_type="should", follows_guideline=False, pathway_id="p25b")
    assert optional_kind(decision) is None
    switch(users["head"], guideline_departure=True)
    assert approval_kind(decision) == "departure"
    decision.follows_guideline = True
    assert approval_kind(decision) is None


def test_a_stale_version_is_refused_and_nothing_changes(client, users):
    head = users["head"]
    switch(head, discretion_grant=True)
    login(client, head)
    response = client.post(reverse("cases:approval_settings"), {"version": "0"})
    assert response.status_code == 409
    assert "inzwischen von jemand anderem geändert" in response.content.decode()
    assert settings_of(head.authority_id).discretion_grant
