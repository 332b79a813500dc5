"""A caseworker signs in, lands on their own work, opens a case from a follow-up, reads the
summary at the top and jumps to a section through the in-page navigation - every page passes
axe-core (the counsellor's view of the case as well)."""

from datetime import timedelta

from django.utils import timezone

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, make_user
from tests.screening.conftest import AS_OF, well_integrated
from tests.screening.helpers import run_directly


def test_start_page_case_summary_and_in_page_navigation(page, axe, authority):
    from wegweiser.cases.models import FollowUp

    user = make_user(authority, "caseworker", "sb-start")
    person = well_integrated(authority, assigned_to=user)
    today = timezone.localdate()
    for days, reason in [(-4, "Pass nachfordern"), (3, "Arbeitsvertrag anfordern")]:
        FollowUp.objects.create(authority=authority, person=person, assignee=user,
                                due_date=today + timedelta(days=days), reason=reason)
    run_directly(authority, AS_OF)

    sign_in(page, user.username, PASSWORD)
    page.get_by_role("heading", name="Meine Wiedervorlagen").wait_for()
    assert page.get_by_role("link", name="Jetzt erfüllt: 1 Person").count() == 1
    assert_accessible(axe, page)

    page.get_by_role("link", name="Grace Okafor (KT-2016-0100)").first.click()
    page.get_by_role("heading", name="Überblick").wait_for()
    assert page.get_by_role("rowheader", name="§ 25b Abs. 1 AufenthG").count() == 1
    assert_accessible(axe, page)
    page.get_by_role("navigation", name="Abschnitte der Akte").get_by_role(
        "link", name="Familie").click()
    page.wait_for_url(lambda url: url.endswith("#h-family"))

    counsellor = make_user(authority, "counsellor", "beratung-start")
    page.context.clear_cookies()
    sign_in(page, counsellor.username, PASSWORD)
    page.goto(f"/faelle/{person.pk}/")
    page.get_by_role("heading", name="Überblick").wait_for()
    assert_accessible(axe, page)
