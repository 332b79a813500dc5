"""Every change of the settings is in the audit log, with the old and the new value."""

import pytest

from tests.screening.policy_helpers import post_settings
from wegweiser.audit.models import AuditEntry
from wegweiser.audit.services import verify_chain


def policy_entries():
    return AuditEntry.objects.filter(detail__record="policysettings").order_by("id")


@pytest.mark.django_db
def test_a_change_writes_one_entry_naming_old_and_new_values(client, users, authority):
    post_settings(client, users["head"], gap_tolerance_months="6",
                  p104c_pending_applications_grantable="True")
    entry = policy_entries().get()
    assert entry.action == "create" and entry.user == users["head"]
    assert entry.authority_id == authority.pk and entry.target == "Einstellungen der Prüfung"
    assert entry.detail["changes"] == {"p104c_pending_applications_grantable": [False, True],
                                       "gap_tolerance_months": [3, 6]}
    post_settings(client, users["admin"], version=1, gap_tolerance_months="6",
                  p104c_pending_applications_grantable="True", geas_applicable_from="2026-07-01")
    later = policy_entries().last()
    assert later.action == "change" and later.user == users["admin"]
    assert later.detail["changes"] == {"geas_applicable_from": ["2026-06-12", "2026-07-01"]}
    assert verify_chain().intact


@pytest.mark.django_db
def test_saving_unchanged_settings_writes_nothing(client, users):
    response = post_settings(client, users["head"])
    assert response.status_code == 302
    assert not policy_entries().exists()
