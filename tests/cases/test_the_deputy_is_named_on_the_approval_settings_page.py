"""The head of department names the deputy on the approval settings page; the deputy may then
answer approvals, and the change is in the audit log."""

from django.urls import reverse

from tests.conftest import login, make_user
from wegweiser.accounts.roles import can
from wegweiser.audit.models import AuditEntry


def test_naming_and_removing_the_deputy(client, users, authority):
    colleague = make_user(authority, "caseworker", "kollegin")
    login(client, users["head"])
    url = reverse("cases:approval_settings")
    assert client.post(url, {"deputies": [str(colleague.pk)], "version": "0"}).status_code == 302
    colleague.refresh_from_db()
    assert colleague.approval_deputy and can(colleague, "approval.answer")
    entry = AuditEntry.objects.filter(detail__record="approvalsettings").get()
    assert entry.detail["changes"] == {"deputies": [[], ["kollegin"]]}

    assert client.post(url, {"version": "1"}).status_code == 302
    colleague.refresh_from_db()
    assert not colleague.approval_deputy and not can(colleague, "approval.answer")
