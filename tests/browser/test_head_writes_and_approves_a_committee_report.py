"""The head of department opens the dashboard for a period, writes the committee report, edits
a section, approves it and downloads the PDF; the figures are in it. Every reporting page
passes axe-core."""

import io
import re

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, make_user
from tests.reporting.district import build
from tests.reporting.grant_helpers import new_grant, new_line, spend


def type_date(page, selector, ddmmyyyy):
    """Date inputs hold ISO dates; the German picker shows them as dd.mm.yyyy."""
    day, month, year = ddmmyyyy[:2], ddmmyyyy[2:4], ddmmyyyy[4:]
    page.locator(selector).fill(f"{year}-{month}-{day}")


def test_the_head_writes_and_approves_the_committee_report(page, axe, authority, other_authority):
    from pypdf import PdfReader

    from wegweiser.reporting.models import CommitteeReport

    head = make_user(authority, "head", "leitung-bericht")
    build(authority, other_authority, head)

    sign_in(page, head.username, PASSWORD)
    page.goto("/")
    page.get_by_role("link", name="Berichte", exact=True).click()
    page.locator("#id_start").wait_for()
    type_date(page, "#id_start", "01012026")
    type_date(page, "#id_end", "30062026")
    page.get_by_role("button", name="Zeitraum anzeigen").click()
    page.wait_for_url(re.compile(r"start=2026-01-01"))
    assert page.locator("#kpi-screened td").first.inner_text() == "4"
    assert_accessible(axe, page)

    page.get_by_role("link", name="Vorlagen für den Ausschuss").click()
    assert_accessible(axe, page)
    page.get_by_role("link", name="Neue Vorlage").click()
    page.locator("#id_number").wait_for()
    assert_accessible(axe, page)
    page.locator("#id_number").fill("32/0815/XVII/2026")
    page.locator("#id_department").fill("Fachbereich 32 – Ausländerbehörde")
    page.locator("#id_subject").fill("Bericht zur Servicebehörde, 1. Halbjahr 2026")
    type_date(page, "#id_period_start", "01012026")
    type_date(page, "#id_period_end", "30062026")
    page.locator("#id_proposal").fill("Der Ausschuss nimmt den Bericht zur Kenntnis.")
    page.locator("#id_consultations").fill("Integrationsausschuss; 10.09.2026; Kenntnisnahme")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_role("button", name="Vorlage freigeben").wait_for()
    assert_accessible(axe, page)

    page.get_by_role("link", name="Bearbeiten").click()
    page.locator("#id_text_dialogue").fill("Zwei runde Tische mit dem Integrationsrat.")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Zwei runde Tische mit dem Integrationsrat.").wait_for()

    page.get_by_role("link", name="Fassungen").click()
    assert_accessible(axe, page)
    page.get_by_role("link").filter(has_text=re.compile(r"\d\d\.\d\d\.\d{4}")).first.click()
    assert_accessible(axe, page)
    page.go_back()
    page.go_back()

    page.get_by_role("button", name="Vorlage freigeben").click()
    page.get_by_text("Die Vorlage ist freigegeben").wait_for()
    assert_accessible(axe, page)
    report = CommitteeReport.objects.get()
    assert report.approved
    pdf = page.context.request.get(f"/berichte/vorlagen/{report.pk}/vorlage.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.body())).pages)
    assert "32/0815/XVII/2026" in text and "Integrationsausschuss" in text
    assert "Zwei runde Tische" in text
    assert "Geprüfte Personen" in text and "< 5" in text
    assert "Leitlinien in Kraft" in text


def test_the_grant_pages_pass_axe(page, axe, authority):
    controlling = make_user(authority, "controlling", "controlling-bericht")
    grant = new_grant(authority, controlling)
    spend(grant, new_line(grant, controlling, "Externe Referenten", "12000.00"), controlling,
          "450.00")
    sign_in(page, controlling.username, PASSWORD)
    for path in ("/berichte/zuwendungen/", "/berichte/zuwendungen/neu/",
                 f"/berichte/zuwendungen/{grant.pk}/", f"/berichte/zuwendungen/{grant.pk}/bearbeiten/"):
        page.goto(path)
        assert_accessible(axe, page)
    # A refused expense shows its message beside the field and still passes.
    page.goto(f"/berichte/zuwendungen/{grant.pk}/")
    page.locator("#id_expense-line").select_option(label="Externe Referenten")
    page.locator("#id_expense-spent_on").fill("2026-03-02")
    page.locator("#id_expense-receipt").fill("B-7")
    page.locator("#id_expense-description").fill("Seminar")
    page.locator("#id_expense-amount").fill("-1")
    page.get_by_role("button", name="Ausgabe speichern").click()
    page.get_by_text("Der Betrag muss größer als 0 sein.").first.wait_for()
    assert_accessible(axe, page)
