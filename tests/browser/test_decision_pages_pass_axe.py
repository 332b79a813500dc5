"""The pages of applications, decisions and four-eyes approvals (and their settings) pass
axe-core."""

import pytest

from tests.browser.conftest import assert_accessible, sign_in
from tests.cases.decision_helpers import approval_of, make_application, refuse
from tests.conftest import PASSWORD, add_period, make_person, make_user


@pytest.fixture
def world(authority):
    from datetime import date

    from wegweiser.cases import decisions

    person = make_person(authority)
    add_period(person, "duldung", date(2018, 1, 1), None, azr_reason_code="20")
    caseworker = make_user(authority, "caseworker", "axe-decisions-cw")
    head = make_user(authority, "head", "axe-decisions-head")
    application = make_application(person, caseworker)
    returned = approval_of(refuse(caseworker, application, reasons=["livelihood", "identity"]))
    decisions.answer_approval(head, returned, False, "Anhörung fehlt", returned.version)
    pending = approval_of(refuse(caseworker, make_application(person, caseworker,
                                                               received_on=date(2026, 1, 5))))
    return {"person": person, "caseworker": caseworker, "head": head,
            "application": application, "returned": returned, "pending": pending}


def visit_all(page, axe, user, paths):
    sign_in(page, user.username, PASSWORD)
    for path in paths:
        page.goto(path)
        assert_accessible(axe, page)


def test_the_caseworker_s_pages(page, axe, world):
    person, application = world["person"], world["application"]
    visit_all(page, axe, world["caseworker"], [
        f"/faelle/{person.pk}/", f"/faelle/{person.pk}/antraege/neu/",
        f"/faelle/{person.pk}/antraege/{application.pk}/",
        f"/faelle/{person.pk}/antraege/{application.pk}/entscheidung/",
        f"/faelle/{person.pk}/abschluss/", f"/faelle/freigaben/{world['returned'].pk}/erneut/",
        "/faelle/wiedervorlagen/"])
    page.goto(f"/faelle/{person.pk}/antraege/{application.pk}/entscheidung/")
    page.get_by_label("Art der Entscheidung").select_option("discretion")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("wie das Ermessen ausgeübt wurde").first.wait_for()
    assert_accessible(axe, page)


def test_the_head_s_pages(page, axe, world):
    visit_all(page, axe, world["head"], ["/faelle/freigaben/einstellungen/",
                                         "/faelle/freigaben/",
                                         f"/faelle/freigaben/{world['pending'].pk}/"])
    page.get_by_role("button", name="Zurückgeben").click()
    page.get_by_text("Bitte beim Zurückgeben sagen").first.wait_for()
    assert_accessible(axe, page)
