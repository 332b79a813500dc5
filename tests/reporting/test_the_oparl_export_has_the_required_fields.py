"""OParl 1.1: the Paper with its Consultations and, once approved, the PDF as File."""

import json

from tests.conftest import login
from tests.reporting.report_helpers import new_report

SCHEMA = "https://schema.oparl.org/1.1/"


def test_paper_consultations_and_file_carry_the_required_fields(district, authority, users,
                                                                  client):
    from wegweiser.reporting import reports

    report = new_report(authority, users["controlling"])
    reports.approve(users["head"], report, report.version)
    login(client, users["controlling"])
    paper = json.loads(client.get(f"/berichte/vorlagen/{report.pk}/oparl.json").content)
    assert paper["type"] == SCHEMA + "Paper"
    assert paper["id"].startswith("http") and paper["reference"] == "32/0815/XVII/2026"
    assert paper["name"] == report.subject and paper["date"] == "2026-08-20"
    assert paper["paperType"] == "Mitteilungsvorlage"
    assert [c["role"] for c in paper["consultation"]] == ["Kenntnisnahme", "Kenntnisnahme"]
    for consultation in paper["consultation"]:
        assert consultation["type"] == SCHEMA + "Consultation"
        assert consultation["id"] and consultation["paper"] == paper["id"]
        assert consultation["authoritative"] is False
    file = paper["mainFile"]
    assert file["type"] == SCHEMA + "File" and file["id"]
    assert file["accessUrl"].endswith("/vorlage.pdf") and file["mimeType"] == "application/pdf"
    assert file["size"] == len(bytes(report.pdf))


def test_a_draft_has_no_file_yet(district, authority, users, client):
    report = new_report(authority, users["controlling"])
    login(client, users["head"])
    paper = json.loads(client.get(f"/berichte/vorlagen/{report.pk}/oparl.json").content)
    assert "mainFile" not in paper
