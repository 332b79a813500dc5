"""Every staff page of the foundation passes axe-core with zero violations."""

from datetime import date

import pytest

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, add_period, make_person, make_user


@pytest.fixture
def world(authority):
    person = make_person(authority)
    add_period(person, "duldung", date(2018, 1, 1), None, azr_reason_code="20")
    return person


PAGES_BY_ROLE = {
    "caseworker": [
        "/faelle/", "/faelle/{pk}/", "/faelle/{pk}/verlauf/", "/faelle/{pk}/bearbeiten/",
        "/faelle/{pk}/status/neu/", "/faelle/{pk}/asyl/", "/faelle/{pk}/angaben/employment/neu/",
        "/faelle/{pk}/angaben/training/neu/",
        "/faelle/{pk}/angaben/conviction/neu/", "/faelle/{pk}/familie/neu/", "/faelle/neu/",
        "/uebersicht/", "/faelle/wiedervorlagen/", "/pruefung/person/{pk}/", "/praxis/",
    ],
    "head": ["/praxis/"],
    "dpo": ["/protokoll/"],
    "admin": ["/import/", "/pruefung/einstellungen/", "/pruefung/einstellungen/aendern/"],
}


@pytest.mark.parametrize("role", list(PAGES_BY_ROLE))
def test_pages_have_no_axe_violations(page, axe, authority, world, role):
    user = make_user(authority, role, f"axe-{role}")
    sign_in(page, user.username, PASSWORD)
    for path in PAGES_BY_ROLE[role]:
        page.goto(path.format(pk=world.pk))
        assert_accessible(axe, page)


def test_the_login_page_has_no_axe_violations(page, axe, db):
    page.goto("/anmelden/")
    assert_accessible(axe, page)


def test_a_form_with_errors_has_no_axe_violations(page, axe, authority, world):
    user = make_user(authority, "caseworker", "axe-errors")
    sign_in(page, user.username, PASSWORD)
    page.goto(f"/faelle/{world.pk}/status/neu/")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Dieses Feld ist zwingend erforderlich.").first.wait_for()
    assert_accessible(axe, page)
