"""The one door for committee reports: save a draft, approve it, start a new version.

Every function validates first (ValidationError with German messages; nothing is written then),
claims the version the caller read (optimistic locking), saves through the model (simple-history
keeps every saved version) and writes the audit log. An approved report is read-only: its figures
and its PDF are frozen at approval; a change starts a new draft from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.roles import can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .figures import snapshot
from .kpis import Period
from .models import CommitteeReport, Consultation, ConsultationRole, Impact, ReportState

__all__ = ["ConflictError", "approve", "new_draft", "save_report"]

ConsultationRow = tuple[str, date, str]  # committee, meeting date, role
REQUIRED = {"number": _("Bitte die Vorlagen-Nr. angeben."),
            "subject": _("Bitte den Betreff angeben."),
            "department": _("Bitte den Fachbereich angeben."),
            "author_name": _("Bitte die Bearbeiterin oder den Bearbeiter angeben."),
            "proposal": _("Bitte den Beschlussvorschlag formulieren.")}
IMPACTS = ("financial", "personnel", "organisational")


def period(report: CommitteeReport) -> Period:
    return Period(report.period_start, report.period_end)


def save_report(user, report: CommitteeReport, expected_version: int | None,
                consultations: Sequence[ConsultationRow], request=None) -> CommitteeReport:
    """Create or change a draft with its Beratungsfolge (the rows are replaced as a whole)."""
    _refuse_if_approved(report)
    problems = _problems(report, consultations)
    if problems:
        raise ValidationError(problems)
    creating = report.pk is None
    with transaction.atomic():
        if not creating:
            claim_version(CommitteeReport.unscoped, report, expected_version)
        else:
            report.created_by = user
        report.save()
        Consultation.unscoped.filter(report=report).delete()
        Consultation.unscoped.bulk_create([
            Consultation(authority_id=report.authority_id, report=report, position=i,
                         committee=committee, meeting_date=day, role=role)
            for i, (committee, day, role) in enumerate(consultations, start=1)])
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, report, request)
    return report


def _problems(report: CommitteeReport,
              consultations: Sequence[ConsultationRow]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for field, message in REQUIRED.items():
        if not str(getattr(report, field) or "").strip():
            problems[field] = [message]
    if report.date is None:
        problems["date"] = [_("Bitte das Datum der Vorlage angeben.")]
    if report.period_start is None or report.period_end is None:
        problems["period_end"] = [_("Bitte den Berichtszeitraum angeben.")]
    elif report.period_start > report.period_end:
        problems["period_end"] = [_("Der Berichtszeitraum endet vor seinem Beginn.")]
    for kind in IMPACTS:
        impact = getattr(report, f"{kind}_impact")
        if impact not in Impact.values:
            problems[f"{kind}_impact"] = [_("Bitte ja, nein oder „noch nicht zu übersehen“ wählen.")]
        elif impact != Impact.NO and not getattr(report, f"{kind}_text").strip():
            problems[f"{kind}_text"] = [_("Bitte die Auswirkungen erläutern.")]
    if not consultations:
        problems["consultations"] = [_("Bitte mindestens ein Gremium der Beratungsfolge angeben.")]
    for committee, day, role in consultations:
        if not committee.strip() or day is None or role not in ConsultationRole.values:
            problems["consultations"] = [_("Jede Zeile der Beratungsfolge braucht Gremium, "
                                           "Sitzungsdatum und Zuständigkeit.")]
    return problems


def approve(user, report: CommitteeReport, expected_version: int | None, request=None) -> None:
    """The head of department approves: the figures are frozen, the PDF is generated and archived."""
    from .pdf import report_pdf

    if not can(user, "reporting.report_approve"):
        raise PermissionDenied
    _refuse_if_approved(report)
    with transaction.atomic():
        claim_version(CommitteeReport.unscoped, report, expected_version)
        report.figures = snapshot(report.authority_id, period(report))
        report.state = ReportState.APPROVED
        report.approved_by = user
        report.approved_at = timezone.now()
        report.pdf = report_pdf(report)
        report.save()
        _audit(user, AuditAction.CHANGE, report, request, {"state": report.state})


def new_draft(user, report: CommitteeReport, request=None) -> CommitteeReport:
    """A new draft from an approved report: same fields and Beratungsfolge, live figures again."""
    if not report.approved:
        raise ValidationError(_("Eine neue Fassung wird aus einer freigegebenen Vorlage begonnen."))
    rows = [(c.committee, c.meeting_date, c.role)
            for c in Consultation.unscoped.filter(report=report).order_by("position")]
    draft = CommitteeReport.unscoped.get(pk=report.pk)
    draft.pk = None
    draft.id = None
    draft.version = 1
    draft.state = ReportState.DRAFT
    draft.predecessor = report
    draft.approved_by = None
    draft.approved_at = None
    draft.figures = {}
    draft.pdf = None
    return save_report(user, draft, None, rows, request)


def _refuse_if_approved(report: CommitteeReport) -> None:
    if report.pk and CommitteeReport.unscoped.filter(pk=report.pk,
                                                     state=ReportState.APPROVED).exists():
        raise ValidationError(_("Die Vorlage ist freigegeben und kann nicht mehr geändert werden. "
                                "Für Änderungen eine neue Fassung beginnen."))


def _audit(user, action: str, report: CommitteeReport, request, detail: dict | None = None) -> None:
    record(user, action, target=f"Vorlage {report.number}", authority_id=report.authority_id,
           detail={"record": "committee_report", "id": report.pk, **(detail or {})},
           request=request)
