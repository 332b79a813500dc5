"""The head deletes a meeting after a confirmation page that names what goes with it: its done
or dropped actions and its concerns are deleted too, the deletion is audited and the history
keeps the deleted rows."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.records_helpers import make_partner
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.dialogue.models import AgreedAction, Concern, Meeting

from .meeting_helpers import make_action, make_meeting


@pytest.mark.django_db
def test_the_head_confirms_and_the_meeting_goes_with_its_settled_rows(client, users, authority):
    meeting = make_meeting(authority, title="Runder Tisch Süd")
    make_action(meeting, status="done", outcome="übersetzt", owner_user=users["head"])
    make_action(meeting, status="dropped", outcome="nicht nötig", owner_user=users["head"])
    Concern.objects.create(authority=authority, meeting=meeting, text="Wartezeiten",
                           organisation=make_partner(authority))
    kept = make_meeting(authority, title="Anderes Treffen")
    url = reverse("dialog:meeting_delete", args=[meeting.pk])
    login(client, users["head"])

    page = client.get(url).content.decode()
    assert "2 erledigte oder verworfene Vereinbarungen" in page
    assert "1 Hinweis der Partner" in page and "Treffen endgültig löschen" in page
    assert Meeting.objects.filter(pk=meeting.pk).exists()  # GET deletes nothing

    response = client.post(url, {"version": meeting.version})

    assert response.status_code == 302 and response["Location"] == reverse("dialog:meeting_list")
    assert list(Meeting.objects.all()) == [kept]
    assert not AgreedAction.objects.exists() and not Concern.objects.exists()
    entry = AuditEntry.objects.get(action=AuditAction.DELETE)
    assert entry.detail == {"record": "meeting", "id": meeting.pk, "actions": 2, "concerns": 1}
    assert Meeting.history.filter(id=meeting.pk, history_type="-").exists()
    assert Concern.history.filter(meeting_id=meeting.pk, history_type="-").exists()
