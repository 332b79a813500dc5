"""A concern can be edited: text, partner and link change through the door, audited and kept
in the history (shown as earlier versions); a stale version or an empty text is refused in
German and changes nothing."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.records_helpers import make_partner
from tests.review.guideline_helpers import approved_guideline
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.dialogue import meetings
from wegweiser.dialogue.models import Concern

from .meeting_helpers import make_meeting


@pytest.fixture
def concern(users, authority):
    meeting = make_meeting(authority)
    return meetings.save_concern(users["head"], Concern(
        authority=authority, meeting=meeting, organisation=make_partner(authority),
        text="Wartezeiten am Schalter"), None)


def _post(client, concern, **changes):
    data = {"organisation": concern.organisation_id, "text": concern.text, "guideline": "",
            "constellation": "", "version": concern.version, **changes}
    return client.post(reverse("dialog:concern_edit", args=[concern.pk]), data)


@pytest.mark.django_db
def test_a_counsellor_edits_the_text_and_links_a_guideline(client, users, concern):
    guideline = approved_guideline(users["head"], "25.5.1")
    login(client, users["counsellor"])
    response = _post(client, concern, text="Wartezeiten bis zu drei Stunden",
                     guideline=guideline.pk)
    assert response.status_code == 302
    concern.refresh_from_db()
    assert (concern.text, concern.guideline_id, concern.version) == (
        "Wartezeiten bis zu drei Stunden", guideline.pk, 2)
    assert AuditEntry.objects.filter(action=AuditAction.CHANGE,
                                     detail__record="concern").exists()
    page = client.get(reverse("dialog:concern_edit", args=[concern.pk])).content.decode()
    assert "Frühere Fassungen" in page and "Wartezeiten am Schalter" in page


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"version": 0}, "von jemand anderem geändert"),
    ({"text": "  "}, "Dieses Feld ist zwingend erforderlich."),
    ({"organisation": ""}, "Dieses Feld ist zwingend erforderlich."),
])
def test_bad_input_is_refused_and_nothing_changes(client, users, concern, changes, message):
    login(client, users["head"])
    response = _post(client, concern, **{"text": "Neu", **changes})
    assert response.status_code == 400
    assert message in response.content.decode()
    concern.refresh_from_db()
    assert (concern.text, concern.version) == ("Wartezeiten am Schalter", 1)
