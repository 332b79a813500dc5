"""Approval by the head: the PDF is archived with the figures, the report becomes read-only,
a new draft can be started from it; every saved version stays viewable."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.conftest import login
from tests.reporting.report_helpers import ROWS, new_report


def test_controlling_drafts_and_the_head_approves(district, authority, users, client):
    from pypdf import PdfReader

    from wegweiser.reporting import reports

    report = new_report(authority, users["controlling"])
    with pytest.raises(PermissionDenied):
        reports.approve(users["controlling"], report, report.version)
    reports.approve(users["head"], report, report.version)
    report.refresh_from_db()
    assert report.approved and bytes(report.pdf).startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(bytes(report.pdf))).pages)
    assert "32/0815/XVII/2026" in text and "Beratungsfolge" in text
    assert "Integrationsausschuss" in text and "Geprüfte Personen" in text
    login(client, users["head"])
    download = client.get(f"/berichte/vorlagen/{report.pk}/vorlage.pdf")
    assert download.content == bytes(report.pdf)


def test_an_approved_report_cannot_be_changed(district, authority, users, client):
    from wegweiser.reporting import reports
    from wegweiser.reporting.models import CommitteeReport

    report = new_report(authority, users["controlling"])
    reports.approve(users["head"], report, report.version)
    report.subject = "Anders"
    with pytest.raises(ValidationError):
        reports.save_report(users["head"], report, report.version, ROWS)
    assert CommitteeReport.objects.get(pk=report.pk).subject != "Anders"
    login(client, users["controlling"])
    response = client.post(f"/berichte/vorlagen/{report.pk}/bearbeiten/", {"subject": "X"})
    assert response.status_code == 302
    assert CommitteeReport.objects.get(pk=report.pk).subject != "X"


def test_a_new_draft_starts_from_the_approved_report(district, authority, users, client):
    from wegweiser.reporting import reports

    report = new_report(authority, users["controlling"])
    reports.approve(users["head"], report, report.version)
    draft = reports.new_draft(users["controlling"], report)
    assert draft.pk != report.pk and draft.predecessor_id == report.pk
    assert not draft.approved and draft.subject == report.subject
    assert draft.consultations.count() == 2


def test_every_saved_version_is_viewable(district, authority, users, client):
    from wegweiser.reporting import reports

    report = new_report(authority, users["controlling"])
    report.text_dialogue = "Runder Tisch im März."
    reports.save_report(users["controlling"], report, report.version, ROWS)
    versions = list(report.history.order_by("history_id"))
    assert len(versions) == 2
    login(client, users["controlling"])
    listing = client.get(f"/berichte/vorlagen/{report.pk}/fassungen/")
    assert listing.status_code == 200
    first = client.get(f"/berichte/vorlagen/{report.pk}/fassungen/{versions[0].history_id}/")
    second = client.get(f"/berichte/vorlagen/{report.pk}/fassungen/{versions[1].history_id}/")
    assert "Runder Tisch" not in first.content.decode()
    assert "Runder Tisch" in second.content.decode()


def test_a_stale_version_is_refused(district, authority, users):
    from wegweiser.reporting import reports

    report = new_report(authority, users["controlling"])
    with pytest.raises(reports.ConflictError):
        reports.approve(users["head"], report, report.version - 1)
