"""The head builds a constellation with the keyboard (the live count follows each change),
writes a guideline for it and puts it in force; every page passes axe-core."""

from datetime import date

from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, add_period, make_person, make_user
from wegweiser.review.models import Constellation


def settled(page):
    """htmx has swapped the builder in and attached its triggers (a person is slower)."""
    # A locator, not wait_for_function: a predicate polled inside the page is evaluated as a
    # string, which the page's Content Security Policy refuses whenever a poll is needed.
    expect(page.locator(".htmx-request, .htmx-added, .htmx-settling")).to_have_count(
        0, timeout=10_000)


def test_building_a_constellation_and_a_guideline(page, axe, authority):
    head = make_user(authority, "head", "axe-leitung")
    for n, born in enumerate((date(2000, 1, 1), date(2003, 6, 1), date(1970, 1, 1))):
        person = make_person(authority, file_number=f"KT-{n}", birth_date=born,
                             nationality="AFG", identity_clarified=False)
        add_period(person, "duldung", date(2018, 1, 1))
    sign_in(page, head.username, PASSWORD)
    page.goto("/praxis/konstellationen/neu/")
    assert_accessible(axe, page)
    page.get_by_label("Bezeichnung").fill("Junge Erwachsene")
    page.get_by_label("Merkmal").select_option("age")  # htmx: the row gets a number field
    page.locator("#c0-value[type=number]").wait_for()
    settled(page)
    page.get_by_label("Vergleich").select_option("between")
    page.locator("#c0-value").fill("18")
    page.locator("#c0-value2").fill("30")
    page.locator("#c0-value2").press("Tab")
    page.locator("#match-count").filter(has_text="2").wait_for()
    page.get_by_role("button", name="Bedingung hinzufügen").click()
    page.locator("#c1-feature").select_option("nationality")  # htmx: a list of countries
    page.locator("select#c1-value").wait_for()
    settled(page)
    page.locator("select#c1-value").select_option("AFG")
    page.get_by_text("Staatsangehörigkeit = Afghanistan (AFG)").wait_for()  # the live count
    assert page.locator("#match-count").inner_text() == "2"
    assert_accessible(axe, page)
    page.get_by_role("button", name="Speichern").click()
    page.get_by_role("heading", name="Passende Fälle").wait_for()
    assert page.locator("#match-count").inner_text() == "2"
    assert_accessible(axe, page)
    page.goto("/praxis/leitlinien/neu/")
    page.get_by_label("Nummer").fill("25.5.1")
    page.get_by_label("Titel").fill("Identität bei langer Duldung")
    page.get_by_label("Regel der Praxis").fill("Nach 18 Monaten wird auf die Identität verzichtet.")
    page.get_by_label("Merke").fill("Schritte vermerken.")
    page.get_by_label("Junge Erwachsene").check()
    page.get_by_label("Anlass der Fassung").select_option("practice")
    assert_accessible(axe, page)
    page.get_by_role("button", name="Speichern").click()
    page.get_by_role("link", name="Fassung 1 in Kraft setzen").click()
    assert_accessible(axe, page)
    page.get_by_role("button", name="In Kraft setzen").click()
    page.get_by_role("heading", name="Entscheidungen unter dieser Leitlinie").wait_for()
    assert page.locator("#covered-count").inner_text() == "2"
    assert_accessible(axe, page)
    page.goto("/praxis/leitlinien/")
    page.get_by_role("heading", name="25.5.1 Identität bei langer Duldung").wait_for()
    assert_accessible(axe, page)
    flagged = Constellation.objects.create(authority=authority, name="Nur Herkunft", conditions=[
        {"feature": "nationality", "op": "eq", "value": "AFG"}])
    page.goto("/praxis/konstellationen/")
    assert_accessible(axe, page)
    page.goto(f"/praxis/konstellationen/{flagged.pk}/")
    page.get_by_text("Achtung: Unterscheidung allein nach der Staatsangehörigkeit").wait_for()
    assert_accessible(axe, page)
