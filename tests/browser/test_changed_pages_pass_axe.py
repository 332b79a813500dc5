"""The pages reworked after the demo walk pass axe-core: worklist and statistics with their
overview, case list, follow-ups, audit log, user management, failed login and error pages."""

from datetime import date

import pytest

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, add_period, make_person, make_user
from tests.screening.worklist_helpers import MET, UNKNOWN, stored_run


@pytest.fixture
def world(authority):
    from wegweiser.audit.models import AuditAction
    from wegweiser.audit.services import record
    from wegweiser.cases.models import FollowUp

    person = make_person(authority)
    other = make_person(authority, file_number="KT-2020-0002", family_name="Rahimi")
    add_period(person, "duldung", date(2018, 1, 1), None, azr_reason_code="20")
    users = {role: make_user(authority, role, f"axe2-{role}")
             for role in ("caseworker", "controlling", "dpo", "admin")}
    FollowUp.objects.create(authority=authority, person=person, due_date=date(2099, 1, 1),
                            reason="Pass", assignee=users["caseworker"])
    stored_run(authority, [(person, "p25b", MET), (other, "p25b", UNKNOWN)])
    stored_run(authority, [(person, "p25b", MET), (other, "p25b", MET), (other, "p23a", MET)])
    record(users["caseworker"], AuditAction.VIEW, person=person)
    return users


def visit_all(page, axe, user, paths):
    sign_in(page, user.username, PASSWORD)
    for path in paths:
        page.goto(path)
        assert_accessible(axe, page)


def test_screening_pages(page, axe, world):
    visit_all(page, axe, world["caseworker"], ["/pruefung/", "/pruefung/?group=hardship",
                                                "/faelle/", "/faelle/wiedervorlagen/"])


def test_statistics_page(page, axe, world):
    visit_all(page, axe, world["controlling"], ["/pruefung/zahlen/"])


def test_audit_log_with_a_search(page, axe, world):
    visit_all(page, axe, world["dpo"], ["/protokoll/", "/protokoll/?q=Haddad"])


def test_user_management(page, axe, world):
    admin, other = world["admin"], world["caseworker"]
    visit_all(page, axe, admin, ["/benutzer/", "/benutzer/neu/", f"/benutzer/{other.pk}/",
                                 f"/benutzer/{other.pk}/passwort/"])
    page.get_by_role("button", name="Passwort setzen").click()
    page.get_by_text("Nur jetzt sichtbar").wait_for()
    assert_accessible(axe, page)
    page.goto("/benutzer/neu/")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Dieses Feld ist zwingend erforderlich.").first.wait_for()
    assert_accessible(axe, page)


def test_a_failed_login(page, axe, world):
    page.goto("/anmelden/")
    page.locator("#id_username").fill("niemand")
    page.locator("#id_password").fill("falsch")
    page.get_by_role("button", name="Anmelden").click()
    page.get_by_text("Anmeldung fehlgeschlagen").wait_for()
    assert_accessible(axe, page)


def test_error_pages(page, axe, world, settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.web.error_urls"
    sign_in(page, world["controlling"].username, PASSWORD)
    for path, status in (("/gibt-es-nicht/", 404), ("/faelle/", 403), ("/test-400/", 400),
                         ("/test-500/", 500)):
        response = page.goto(path)
        assert response.status == status
        page.get_by_text(f"Fehler {status}").wait_for()
        assert_accessible(axe, page)
