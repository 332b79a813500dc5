"""The dialogue pages pass axe-core with zero violations: meeting list, meeting page with
actions and concerns, open actions, the catalogue, a guideline and a constellation entry, the
delete confirmation (refused and possible) and the concern form."""

from datetime import timedelta

from django.utils import timezone

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD
from tests.counselling.records_helpers import make_partner
from tests.dialogue.meeting_helpers import make_action, make_meeting
from tests.review.guideline_helpers import approved_guideline
from wegweiser.dialogue import catalogue
from wegweiser.dialogue.models import Concern, MeetingSeries
from wegweiser.review import constellations


def test_the_dialogue_pages_have_no_axe_violations(page, axe, users, authority):
    head = users["head"]
    partner = make_partner(authority)
    series = MeetingSeries.objects.create(authority=authority, title="Runder Tisch",
                                          format="round_table")
    meeting = make_meeting(authority, series=series, organisations=[partner],
                           minutes="Protokoll")
    make_action(meeting, due=timezone.localdate() - timedelta(days=2), owner_user=head)
    make_action(meeting, "Flyer", owner_organisation=partner)
    concern = Concern.objects.create(authority=authority, meeting=meeting, organisation=partner,
                                     text="Wartezeiten")
    settled = make_meeting(authority, title="Austausch")
    guideline = approved_guideline(head, "25.5.1")
    entry = catalogue.publish_guideline(head, guideline.versions.get())
    constellation = constellations.save_constellation(
        head, None, name="Junge Erwachsene", description="",
        conditions=[{"feature": "age", "op": "between", "value": [21, 26]}])
    shared = catalogue.publish_constellation(head, constellation)
    sign_in(page, head.username, PASSWORD)
    for url in ["/dialog/", f"/dialog/treffen/{meeting.pk}/", "/dialog/vereinbarungen/",
                "/dialog/treffen/neu/", "/dialog/katalog/", f"/dialog/katalog/{entry.pk}/",
                f"/dialog/katalog/{shared.pk}/", f"/dialog/treffen/{meeting.pk}/loeschen/",
                f"/dialog/treffen/{settled.pk}/loeschen/", f"/dialog/hinweis/{concern.pk}/"]:
        page.goto(url)
        page.locator("h1").first.wait_for()
        assert_accessible(axe, page)
