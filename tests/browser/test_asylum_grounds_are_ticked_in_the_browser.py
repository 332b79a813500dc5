"""Several grounds of a rejection are ticked as checkboxes; a wrong combination is explained
on the page, which stays accessible."""

from datetime import date

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, make_person, make_user


def test_two_ticked_grounds_are_saved_and_shown_on_the_case_page(page, axe, authority):
    person = make_person(authority)
    user = make_user(authority, "caseworker", "grounds")
    sign_in(page, user.username, PASSWORD)
    page.goto(f"/faelle/{person.pk}/asyl/")
    page.get_by_label("Entscheidung vom").fill(date(2024, 3, 1).isoformat())
    page.get_by_label("Ergebnis").select_option("rejected_manifestly_unfounded")
    page.get_by_label("§ 29a AsylG – sicherer Herkunftsstaat").check()
    page.get_by_label("§ 30 Abs. 3 Nr. 5 AsylG a.F. – Mitwirkungspflichten").check()
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("gelten nur für Entscheidungen bis 27.02.2024").first.wait_for()
    assert_accessible(axe, page)

    page.get_by_label("§ 30 Abs. 3 Nr. 5 AsylG a.F. – Mitwirkungspflichten").uncheck()
    page.get_by_label("§ 30 Abs. 1 Nr. 5 AsylG – Fingerabdrücke verweigert").check()
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("§ 30 Abs. 1 Nr. 5 AsylG, § 29a AsylG").first.wait_for()
