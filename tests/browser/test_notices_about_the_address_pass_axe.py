"""The notices about a query the page did not understand (a bad filter, a bad as-of day) are
visible and pass axe-core with zero violations."""

from datetime import date

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, add_period, make_person, make_user


def test_the_notices_are_shown_and_accessible(page, axe, authority):
    person = make_person(authority)
    add_period(person, "duldung", date(2018, 1, 1), None, azr_reason_code="20")
    user = make_user(authority, "caseworker", "axe-notices")
    sign_in(page, user.username, PASSWORD)

    page.goto("/faelle/?status=erfunden")
    page.get_by_text("„erfunden“ ist kein möglicher Wert für „Aktueller Status“").wait_for()
    assert_accessible(axe, page)

    page.goto(f"/pruefung/person/{person.pk}/?as_of=9999-12-31")
    page.get_by_text("Der Stichtag 31.12.9999 liegt außerhalb").wait_for()
    assert_accessible(axe, page)
