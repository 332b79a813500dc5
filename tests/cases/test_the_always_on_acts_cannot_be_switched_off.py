"""Refusal, § 23a decision and closing a file always need approval: the settings have no switch
for them, the one door refuses an attempt to turn them off, and a refusal still waits for a
second person whatever else is set."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.cases.approval_settings_helpers import OFF, switch
from tests.cases.decision_helpers import approval_of, make_application, refuse
from tests.conftest import login
from wegweiser.audit.models import AuditEntry
from wegweiser.cases import approval_settings
from wegweiser.cases.models import ApprovalSettings


@pytest.mark.parametrize("kind", ["refusal", "p23a", "closing"])
def test_the_door_refuses_to_turn_them_off(users, kind):
    with pytest.raises(ValidationError) as refused:
        approval_settings.save_settings(users["head"], {**OFF, kind: False}, [], 0)
    assert "lässt sich nicht abschalten" in str(refused.value)
    assert not ApprovalSettings.objects.exists()
    assert not AuditEntry.objects.filter(detail__record="approvalsettings").exists()


def test_the_page_offers_no_switch_for_them(client, users):
    page = login(client, users["head"]).get(reverse("cases:approval_settings")).content.decode()
    for name in ("refusal", "p23a", "closing"):
        assert f'name="{name}"' not in page


def test_a_refusal_needs_approval_with_everything_else_off(client, users, person):
    head, caseworker = users["head"], users["caseworker"]
    login(client, head)
    client.post(reverse("cases:approval_settings"),
                {"refusal": "", "p23a": "", "closing": "", "version": "0"})
    switch(head)
    decision = refuse(caseworker, make_application(person, caseworker))
    assert approval_of(decision).kind == "refusal"
