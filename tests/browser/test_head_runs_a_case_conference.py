"""A caseworker proposes a case ("Härtefall prüfen"); the head plans a conference, builds the
agenda from the proposals, records the item with an action, marks the conference held and
approves the minutes with the keyboard; the PDF opens. Every new page passes axe-core."""

import re
from datetime import timedelta

from django.utils import timezone

from tests.browser.conftest import assert_accessible, sign_in
from tests.browser.test_caseworker_finds_a_person_and_sets_a_follow_up import tab_to
from tests.conftest import PASSWORD, add_period, make_person, make_user
from tests.review.conference_helpers import stored_results


def row(page, text):
    return page.get_by_role("row").filter(has_text=text)


def test_a_conference_from_proposal_to_approved_minutes(page, axe, authority):
    from wegweiser.cases.models import FollowUp
    from wegweiser.review.models import AgendaItem, Conference

    caseworker = make_user(authority, "caseworker", "sb-konferenz")
    head = make_user(authority, "head", "leitung-konferenz")
    person = make_person(authority, file_number="KT-2016-0031", family_name="Rahimi",
                         given_names="Zahra", assigned_to=caseworker)
    add_period(person, "duldung", timezone.localdate() - timedelta(days=9 * 365), None)
    other = make_person(authority, file_number="KT-2017-0077", family_name="Osei", given_names="Kofi")
    stored_results(authority, [(other, "p25_5", "may", {"toleration_months": 80})])

    # The caseworker proposes the case from its page.
    sign_in(page, caseworker.username, PASSWORD)
    page.goto(f"/faelle/{person.pk}/")
    tab_to(page, "Härtefall prüfen", limit=200)
    page.keyboard.press("Enter")
    page.locator("#id_question").wait_for()
    assert_accessible(axe, page)
    page.locator("#id_question").fill("Seit neun Jahren geduldet, Ausbildung begonnen: § 25 Abs. 5?")
    page.get_by_role("button", name="Vorschlagen").click()
    page.get_by_text("Der Fall ist für eine Fallkonferenz vorgeschlagen.").wait_for()
    page.context.clear_cookies()

    # The head plans the conference.
    sign_in(page, head.username, PASSWORD)
    page.goto("/praxis/konferenzen/")
    assert_accessible(axe, page)
    page.get_by_role("link", name="Fallkonferenz planen").click()
    page.locator("#id_held_on").wait_for()
    assert_accessible(axe, page)
    page.locator("#id_held_on").focus()
    page.keyboard.type(timezone.localdate().strftime("%d%m%Y"))
    page.locator("#id_title").fill("Fallkonferenz Dezember")
    page.get_by_label("Test Caseworker (Sachbearbeitung)").check()
    page.locator("#id_externals").fill("Anna Berg, Caritas")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Anna Berg (Caritas)").wait_for()
    assert_accessible(axe, page)

    # ... builds the agenda from the proposals and orders it.
    page.get_by_role("link", name="Fälle aus den Vorschlägen aufnehmen").click()
    page.get_by_role("heading", name="Vorschläge für die Tagesordnung").wait_for()
    assert_accessible(axe, page)
    row(page, "KT-2017-0077").get_by_role("button", name=re.compile("^Aufnehmen")).click()
    page.get_by_text("Auf die Tagesordnung genommen.").wait_for()
    row(page, "KT-2016-0031").get_by_role("button", name=re.compile("^Aufnehmen")).click()
    page.get_by_text("Auf die Tagesordnung genommen.").wait_for()
    page.get_by_role("link", name="Zurück zur Fallkonferenz").click()
    row(page, "KT-2016-0031").get_by_role("button", name="nach oben").click()
    page.get_by_text("Reihenfolge geändert.").wait_for()
    assert_accessible(axe, page)
    conference = Conference.objects.get()
    assert list(AgendaItem.objects.filter(conference=conference).order_by("position")
                .values_list("person__file_number", flat=True)) == ["KT-2016-0031", "KT-2017-0077"]
    assert "Rahimi" not in page.content()

    # ... holds it and records the items, one with an action.
    page.get_by_role("button", name="Als durchgeführt vermerken").click()
    page.get_by_text("als durchgeführt vermerkt").wait_for()
    page.get_by_role("link", name="KT-2016-0031 (Z. R.)").click()
    page.locator("#id_discussion").wait_for()
    assert_accessible(axe, page)
    page.locator("#id_discussion").fill("Ausbildung läuft, Identität geklärt.")
    page.locator("#id_recommendation").select_option("grant")
    page.get_by_role("button", name="Beratung speichern").click()
    page.get_by_text("Gespeichert.").wait_for()
    page.locator("#id_reason").fill("Antrag nach § 25 Abs. 5 vorbereiten")
    page.locator("#id_assignee").select_option(str(caseworker.pk))
    page.locator("#id_due_date").fill((timezone.localdate() + timedelta(days=14)).isoformat())
    page.get_by_role("button", name="Maßnahme anlegen").click()
    page.get_by_text("Maßnahme als Wiedervorlage angelegt.").wait_for()
    assert FollowUp.objects.get(person=person).assignee == caseworker
    page.get_by_role("link", name="Zurück zur Fallkonferenz").click()
    page.get_by_role("link", name="KT-2017-0077 (K. O.)").click()
    page.locator("#id_recommendation").select_option("facts")
    page.get_by_role("button", name="Beratung speichern").click()
    page.get_by_text("Gespeichert.").wait_for()
    page.get_by_role("link", name="Zurück zur Fallkonferenz").click()

    # ... and approves the minutes with the keyboard.
    page.locator("#approve-minutes").wait_for()
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "approve-minutes":
            break
    else:
        raise AssertionError("„Protokoll genehmigen“ ist mit der Tastatur nicht erreichbar")
    page.keyboard.press("Enter")
    page.get_by_text("Das Protokoll ist genehmigt und archiviert.").wait_for()
    assert_accessible(axe, page)
    conference.refresh_from_db()
    assert conference.status == "approved"

    pdf = page.context.request.get(f"/praxis/konferenzen/{conference.pk}/protokoll.pdf")
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")

    # The item is read-only now; the outcome is still tracked.
    page.get_by_role("link", name="KT-2016-0031 (Z. R.)").click()
    page.get_by_role("link", name="Umsetzung erfassen").click()
    page.locator("#id_outcome").wait_for()
    assert_accessible(axe, page)
    page.locator("#id_outcome").select_option("not_followed")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Bitte begründen, warum der Empfehlung nicht gefolgt wurde.").wait_for()
    assert_accessible(axe, page)

    # The case page lists the conference.
    page.goto(f"/faelle/{person.pk}/")
    page.get_by_role("heading", name="Fallkonferenzen").wait_for()
    assert_accessible(axe, page)
