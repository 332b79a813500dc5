"""A caseworker starts a screening on the worklist, opens a person's explanation and turns a
missing fact into a follow-up with one click; every page on the way passes axe-core."""

from datetime import date

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, add_period, make_person, make_user
from tests.screening.conftest import well_integrated


def test_run_explain_and_follow_up(page, axe, authority):
    from wegweiser.cases.models import FollowUp

    user = make_user(authority, "caseworker", "sb-pruefung")
    well_integrated(authority)
    sparse = make_person(authority, file_number="KT-2020-0007", family_name="Rahimi",
                         given_names="Farid", nationality="AFG")
    add_period(sparse, "duldung", date(2020, 1, 15), None)

    sign_in(page, user.username, PASSWORD)
    page.goto("/pruefung/")
    page.get_by_text("Noch keine Prüfung durchgeführt.").wait_for()
    assert_accessible(axe, page)

    page.get_by_role("button", name="Prüfung jetzt starten").click()
    page.get_by_text("Letzte Prüfung abgeschlossen").wait_for()
    page.get_by_role("link", name="Okafor, Grace").first.wait_for()
    assert_accessible(axe, page)

    page.get_by_role("link", name="Angaben fehlen").click()
    page.get_by_role("link", name="Rahimi, Farid").first.click()
    page.get_by_role("heading", name="Was fehlt").wait_for()
    assert_accessible(axe, page)

    language_row = page.get_by_role("row").filter(has_text="Sprachnachweise")
    language_row.get_by_role("button", name="Wiedervorlage anlegen").click()
    page.get_by_text("Wiedervorlage angelegt").wait_for()
    assert FollowUp.objects.filter(person=sparse, reason__contains="Sprachnachweise").exists()

    page.goto("/pruefung/regeln/")
    assert_accessible(axe, page)
    page.goto(f"/faelle/{sparse.pk}/")
    page.get_by_role("heading", name="Rechtliche Einschätzung").wait_for()
    assert_accessible(axe, page)
