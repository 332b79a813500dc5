"""The training pages pass axe-core with zero violations: the head's team page with its chart,
an event with the attendance form, and a counsellor's own record."""

from datetime import date

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD
from tests.training.factories import make_event, make_topic, require
from wegweiser.training.models import LanguageSkill, PlannedTraining


def test_the_team_page_and_the_own_record_have_no_axe_violations(page, axe, users, authority):
    counsellor = users["counsellor"]
    calm = make_topic(authority, "Deeskalation")
    require(calm, "counsellor", 12)
    require(make_topic(authority, "Interkulturelle Kompetenz"), "counsellor")
    event = make_event(calm, held_on=date.today(), hours="6",
                       attendees=[counsellor, (users["caseworker"], "")])
    LanguageSkill.objects.create(authority=authority, user=counsellor, language="Arabisch",
                                 level="C1")
    PlannedTraining.objects.create(authority=authority, user=counsellor, topic=calm,
                                   year=date.today().year)
    sign_in(page, users["head"].username, PASSWORD)
    for url, heading in [("/fortbildung/team/", "Fortbildung im Team"),
                         (f"/fortbildung/veranstaltungen/{event.pk}/", event.title)]:
        page.goto(url)
        page.get_by_role("heading", name=heading, exact=True).wait_for()
        assert_accessible(axe, page)
    page.context.clear_cookies()
    sign_in(page, counsellor.username, PASSWORD)
    page.goto("/fortbildung/")
    page.get_by_role("link", name="Meine Fortbildungen").click()
    page.get_by_role("heading", name="Meine Fortbildungen", exact=True).wait_for()
    assert page.get_by_text("fehlt", exact=True).count() == 1  # intercultural competence
    assert_accessible(axe, page)
