"""An administrator uploads a file: a broken one gets the German report, a valid one imports;
both pages pass axe-core."""

from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, make_user
from wegweiser.cases.models import Person

HEADER = (
    "Aktenzeichen;AZR-Nummer;Familienname;Vornamen;Namensvarianten;Geburtsdatum;Geschlecht;"
    "Staatsangehörigkeit;Einreisedatum;Wohnort;Identität geklärt;Pass vorhanden;Status;"
    "Status von;Status bis;Rechtsgrundlage;AZR-Duldungsgrund"
)
GOOD = "AZ-7;;Haddad;Yusuf;;1990;m;SYR;01.09.2015;Teststadt;ja;nein;duldung;01.04.2017;;;16"
BAD = "AZ-8;;Petrova;Anna;;1985-13;w;RUS;;Teststadt;;;duldung;01.04.2017;;;16"


def upload(page, tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    page.goto("/import/")
    page.set_input_files("input[type=file]", str(path))
    page.locator("main form button[type=submit]").click()


def test_a_broken_file_shows_the_report_and_writes_nothing(page, axe, authority, tmp_path):
    admin = make_user(authority, "admin", "imp-admin")
    sign_in(page, admin.username, PASSWORD)
    assert_accessible(axe, page)
    upload(page, tmp_path, "kaputt.csv", [GOOD, BAD])
    page.get_by_role("table").first.wait_for()
    assert "Geburtsdatum" in page.content()
    assert_accessible(axe, page)
    assert not Person.unscoped.filter(file_number__in=["AZ-7", "AZ-8"]).exists()


def test_a_valid_file_is_imported(page, authority, tmp_path):
    admin = make_user(authority, "admin", "imp-admin2")
    sign_in(page, admin.username, PASSWORD)
    upload(page, tmp_path, "gut.csv", [GOOD])
    expect(page.locator("progress")).to_have_count(0, timeout=10_000)
    assert Person.unscoped.filter(file_number="AZ-7", authority=authority).exists()
