"""A concern linked to a guideline or a constellation is shown there under "Hinweise aus dem
Dialog", so that what partners told us reaches practice."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.records_helpers import make_partner
from tests.review.guideline_helpers import approved_guideline
from wegweiser.dialogue.models import Concern
from wegweiser.review.models import Constellation

from .meeting_helpers import make_meeting


@pytest.mark.django_db
def test_a_linked_concern_shows_on_both_pages(client, users, authority):
    guideline = approved_guideline(users["head"], "25.5.1")
    constellation = Constellation.objects.create(
        authority=authority, name="Volljährige", conditions=[
            {"feature": "age", "op": "ge", "value": 18}])
    meeting = make_meeting(authority)
    partner = make_partner(authority, name="Flüchtlingsrat")
    login(client, users["head"])
    response = client.post(reverse("dialog:concern_add", args=[meeting.pk]), {
        "organisation": partner.pk, "text": "Nachweise sind kaum zu beschaffen",
        "guideline": guideline.pk, "constellation": constellation.pk})
    assert response.status_code == 302 and Concern.objects.count() == 1
    for url in (reverse("review:guideline_detail", args=[guideline.pk]),
                reverse("review:constellation_detail", args=[constellation.pk])):
        body = client.get(url).content.decode()
        assert "Hinweise aus dem Dialog" in body and "kaum zu beschaffen" in body, url
