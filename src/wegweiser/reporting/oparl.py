"""The committee report as OParl 1.1 JSON: a Paper with its Consultations and the PDF as File.

OParl (https://oparl.org/spezifikation) is the open standard of German council information
systems. Required fields: `id` and `type` for every object, `accessUrl` for a File. Wegweiser is
no council system: the ids are the report's own URLs; the committee and the meeting are not
OParl objects here (the RIS that takes the paper over has them), so each Consultation carries
them as vendor extensions (`wegweiser:committee`, `wegweiser:meetingDate`, the prefix form the
specification allows for extensions). Figures are those of the PDF (suppressed, frozen).
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from .models import CommitteeReport, Consultation

SCHEMA = "https://schema.oparl.org/1.1/"


def paper(report: CommitteeReport, build_uri) -> dict[str, Any]:
    own = build_uri(reverse("reporting:report_oparl", args=[report.pk]))
    consultations = list(Consultation.unscoped.filter(report=report).order_by("position"))
    data: dict[str, Any] = {
        "id": own,
        "type": SCHEMA + "Paper",
        "name": report.subject,
        "reference": report.number,
        "date": report.date.isoformat(),
        "paperType": "Mitteilungsvorlage" if all(
            c.role == "notice" for c in consultations) else "Beschlussvorlage",
        "consultation": [_consultation(report, c, own) for c in consultations],
        "web": build_uri(reverse("reporting:report", args=[report.pk])),
        "created": report.history.earliest().history_date.isoformat()  # type: ignore[attr-defined]
        if report.history.exists() else report.updated_at.isoformat(),  # type: ignore[attr-defined]
        "modified": report.updated_at.isoformat(),
        "deleted": False,
        "keyword": ["öffentlich" if report.public else "nichtöffentlich"],
    }
    if report.approved and report.pdf:
        data["mainFile"] = _file(report, build_uri, own)
    return data


def _consultation(report: CommitteeReport, c: Consultation, paper_id: str) -> dict[str, Any]:
    return {
        "id": f"{paper_id}#beratung-{c.position}",
        "type": SCHEMA + "Consultation",
        "paper": paper_id,
        "authoritative": c.role == "resolution",
        "role": c.get_role_display(),
        "wegweiser:committee": c.committee,
        "wegweiser:meetingDate": c.meeting_date.isoformat(),
        "modified": report.updated_at.isoformat(),
        "deleted": False,
    }


def _file(report: CommitteeReport, build_uri, paper_id: str) -> dict[str, Any]:
    url = build_uri(reverse("reporting:report_pdf", args=[report.pk]))
    return {
        "id": f"{paper_id}#datei",
        "type": SCHEMA + "File",
        "name": report.subject,
        "fileName": f"vorlage-{report.pk}.pdf",
        "mimeType": "application/pdf",
        "date": report.approved_at.date().isoformat() if report.approved_at else None,
        "size": len(bytes(report.pdf or b"")),
        "accessUrl": url,
        "downloadUrl": url,
        "paper": [paper_id],
        "modified": report.updated_at.isoformat(),
        "deleted": False,
    }
