"""Reading applications, decisions and approvals for the pages: a fixed number of queries,
however many applications a file holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from wegweiser.law.engine.verdict import VERDICT_TEXT, Verdict
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.screening.explain import STATUS_TEXT
from wegweiser.screening.law_texts import law_text

from .decision_reasons import reason_label
from .decisions import is_final
from .models import Application, ApprovalRequest, Decision, Person
from .models.decision import ApprovalKind, ApprovalState


@dataclass(frozen=True)
class DecidingCriterion:
    text: str
    norm: str
    status: str


@dataclass(frozen=True)
class Snapshot:
    """The frozen verdict of a decision in the active language."""

    as_of: date | None
    norm: str
    verdict: str
    floor: str
    rule_version: str
    deciding: list[DecidingCriterion] = field(default_factory=list)


def norm_of(pathway_id: str) -> str:
    """The norm a pathway id stands for ("§ 25b Abs. 1 AufenthG"); unknown ids as they are."""
    pathway = PATHWAYS_BY_ID.get(pathway_id)
    return pathway.norm if pathway else pathway_id


def pathway_label(pathway_id: str) -> str:
    pathway = PATHWAYS_BY_ID[pathway_id]
    return f"{pathway.norm} – {law_text(pathway.title)}"


@dataclass(frozen=True)
class DecisionView:
    decision: Decision
    norm: str
    approval: ApprovalRequest | None
    final: bool
    reasons: list[str]
    snapshot: Snapshot | None


@dataclass(frozen=True)
class ApplicationRow:
    application: Application
    norm: str
    decision: DecisionView | None


def snapshot_of(decision: Decision) -> Snapshot | None:
    data = decision.snapshot or {}
    verdict = data.get("verdict")
    if not verdict:
        return None
    floor = data.get("floor")
    return Snapshot(
        as_of=date.fromisoformat(data["as_of"]) if data.get("as_of") else None,
        norm=data.get("norm", ""),
        verdict=_verdict_text(verdict),
        floor=_verdict_text(floor) if floor else "",
        rule_version=law_text(data.get("rule_version") or ""),
        deciding=[DecidingCriterion(law_text(c["text"]), c["norm"], _status_text(c["status"]))
                  for c in data.get("deciding", [])],
    )


def _verdict_text(value: str) -> str:
    try:
        return law_text(VERDICT_TEXT[Verdict(value)])
    except ValueError:
        return value


def _status_text(value: str) -> str:
    texts = {str(k): v for k, v in STATUS_TEXT.items()}
    return str(texts.get(value, value))


def decision_view(decision: Decision, approval: ApprovalRequest | None) -> DecisionView:
    return DecisionView(decision, norm_of(decision.pathway_id), approval,
                        is_final(decision, approval),
                        [reason_label(code) for code in decision.reasons or []],
                        snapshot_of(decision))


def case_applications(person: Person) -> list[ApplicationRow]:
    """The person's applications, newest first, each with its decision and approval (3 queries)."""
    applications = list(
        Application.objects.filter(person=person)
        .select_related("assignee", "decision", "decision__team", "decision__decided_by",
                        "decision__guideline_version__guideline"))
    approvals = _latest_approvals(ApprovalRequest.objects.filter(
        person=person, decision__isnull=False).select_related("requested_by", "answered_by"))
    rows = []
    for application in applications:
        decision = getattr(application, "decision", None)
        view = decision_view(decision, approvals.get(decision.pk)) if decision else None
        rows.append(ApplicationRow(application, norm_of(application.pathway_id), view))
    return rows


def _latest_approvals(approvals) -> dict[int, ApprovalRequest]:
    latest: dict[int, ApprovalRequest] = {}
    for approval in approvals.order_by("pk"):
        latest[approval.decision_id] = approval
    return latest


def closing_requests(person: Person) -> list[ApprovalRequest]:
    return list(ApprovalRequest.objects.filter(person=person, kind=ApprovalKind.CLOSING)
                .select_related("requested_by", "answered_by").order_by("-pk"))


def pending_approvals() -> list[ApprovalRequest]:
    """Requests waiting for a second person in the current authority, oldest first."""
    return list(ApprovalRequest.objects.filter(state=ApprovalState.REQUESTED)
                .select_related("person", "requested_by", "decision", "decision__application")
                .order_by("requested_at", "pk"))


def approval_subject(approval: ApprovalRequest) -> str:
    """What the request is about, in one line (for lists)."""
    decision = approval.decision
    if decision is None:
        return _("Abschluss der Akte: %(reason)s") % {"reason": approval.note}
    norm = norm_of(decision.pathway_id) or _("ohne Norm")
    return _("%(outcome)s am %(day)s (%(norm)s)") % {
        "outcome": decision.get_outcome_display(), "day": f"{decision.decided_on:%d.%m.%Y}",
        "norm": norm}
