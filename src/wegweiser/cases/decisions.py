"""The one door for applications, decisions and four-eyes approvals (Zeichnungsregelung).

Every write goes through `cases.services.save_record` (the record rules of cases.validation,
optimistic locking, history, audit). On top of it, this module knows the sequence of a decision:
recording it freezes the law engine's verdict and the team, settles the application's status and
lays a refusal or a § 23a decision - and the acts the authority switched on
(cases.approval_settings) - before a second person; closing a file waits for approval too.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.roles import can

from . import services
from .approval_settings import optional_kind
from .decision_snapshot import take_snapshot, team_for
from .models import Application, ApprovalRequest, Decision, Person
from .models.decision import ApplicationStatus, ApprovalKind, ApprovalState, Outcome
from .validation import REFUSING_OUTCOMES

P23A = "p23a"
CLOSING_REASON_MAX = 300
OPEN_STATES = (ApprovalState.REQUESTED, ApprovalState.RETURNED)


class SelfApprovalError(PermissionDenied):
    """Four eyes: whoever laid the matter before (or decided it) cannot also approve it."""


def approval_kind(decision: Decision) -> str | None:
    """The kind of approval a decision needs before it is final, None if it needs none: the
    always-on acts first, then those the authority switched on (cases.approval_settings)."""
    return always_kind(decision) or optional_kind(decision)


def always_kind(decision: Decision) -> str | None:
    """A refusal (also a Duldung instead) and a § 23a decision always need a second person."""
    if decision.pathway_id == P23A:
        return ApprovalKind.P23A_REFERRAL
    if decision.outcome in REFUSING_OUTCOMES:
        return ApprovalKind.REFUSAL
    return None


# --- applications -------------------------------------------------------------------------


def save_application(user, application: Application, expected_version: int | None,
                     request=None) -> Application:
    """Create or change an application; "decided" follows from a recorded decision only."""
    decided = application.pk is not None and Decision.objects.filter(
        application_id=application.pk).exists()
    if decided and application.status not in (ApplicationStatus.DECIDED, ApplicationStatus.WITHDRAWN):
        raise ValidationError({"status": _(
            "Über diesen Antrag ist entschieden; sein Stand ergibt sich aus der Entscheidung.")})
    if not decided and application.status == ApplicationStatus.DECIDED:
        raise ValidationError({"status": _(
            "„Entschieden“ ergibt sich aus einer erfassten Entscheidung; bitte die "
            "Entscheidung zum Antrag erfassen.")})
    with transaction.atomic():
        services.save_record(user, application, expected_version, request)
        if decided:
            _copy_received_on(application)
    return application


def _copy_received_on(application: Application) -> None:
    """A corrected received date reaches the decision's copy (the practice figures read it).

    A plain UPDATE: the copy is derived, so the decision keeps its version (no conflict for
    whoever is editing it) and the application's history and audit entry record the change."""
    Decision.unscoped.filter(application_id=application.pk).exclude(
        received_on=application.received_on).update(received_on=application.received_on)


# --- decisions ----------------------------------------------------------------------------


def record_decision(user, decision: Decision, expected_version: int | None = None,
                    request=None, *, snapshot: tuple[str, dict] | None = None) -> Decision:
    """Record (or correct) the decision on `decision.application`.

    New: the decider (unless given) and the team (unless given) are recorded; the snapshot of
    the law engine's verdict on the decision date is taken (again only when a correction
    changes the date or the norm) - or, for a decision recorded elsewhere (import), `snapshot`
    = (verdict, snapshot) is kept as it was; the application becomes decided (withdrawn for the
    outcome "withdrawn"); a refusal or a § 23a decision is laid before a second person.
    Rule violations raise ValidationError and nothing is saved; a newer stored version raises
    services.ConflictError.
    """
    application = decision.application
    decision.person_id = application.person_id
    decision.authority_id = application.authority_id
    decision.pathway_id = decision.pathway_id or application.pathway_id
    decision.received_on = application.received_on
    creating = decision.pk is None
    if creating and Decision.unscoped.filter(application_id=application.pk).exists():
        raise ValidationError(_("Zu diesem Antrag ist bereits eine Entscheidung erfasst; "
                                "bitte diese bearbeiten."))
    with transaction.atomic():
        services.check_rules(decision)
        if creating:
            decision.decided_by = decision.decided_by or user
            decision.team = decision.team or team_for(application.person, decision.decided_by)
        if snapshot is not None:
            decision.snapshot_verdict, decision.snapshot = snapshot
        elif creating or _snapshot_outdated(decision):
            decision.snapshot_verdict, decision.snapshot = take_snapshot(
                application.person, decision.pathway_id, decision.decided_on)
        services.save_record(user, decision, expected_version, request)
        _settle_application(user, application, decision, request)
        _lay_before(user, decision, request)
    return decision


def _snapshot_outdated(decision: Decision) -> bool:
    """A correction of the date or the norm freezes the verdict of that day and norm."""
    stored = Decision.unscoped.filter(pk=decision.pk).values("decided_on", "pathway_id").first()
    return stored != {"decided_on": decision.decided_on, "pathway_id": decision.pathway_id}


def _settle_application(user, application: Application, decision: Decision, request) -> None:
    status = (ApplicationStatus.WITHDRAWN if decision.outcome == Outcome.WITHDRAWN
              else ApplicationStatus.DECIDED)
    if application.status != status:
        application.status = status
        services.save_record(user, application, application.version, request)


def _lay_before(user, decision: Decision, request) -> None:
    """Keep one approval request per decision in step with what the decision now says."""
    kind = approval_kind(decision)
    current = decision.approvals.order_by("-pk").first()
    if kind is None:
        if current is not None:
            # Corrected so that no second person is needed (e.g. now granted): the request goes,
            # the history and the audit log keep it.
            services.delete_record(user, current, current.version, request)
        return
    if current is None:
        current = ApprovalRequest(person_id=decision.person_id, authority_id=decision.authority_id,
                                  decision=decision)
    elif current.state == ApprovalState.REQUESTED and current.kind == kind:
        return
    current.kind, current.state, current.requested_by = kind, ApprovalState.REQUESTED, user
    current.answered_by, current.answered_at = None, None
    services.save_record(user, current, current.version if current.pk else None, request)


def is_final(decision: Decision, approval: ApprovalRequest | None) -> bool:
    """A decision that needs approval is final only once a second person approved it.

    No query: an always-on act needs an approved request; for a switched-on act the request
    laid before when the decision was recorded decides (a switch is not retroactive)."""
    if always_kind(decision) is None and approval is None:
        return True
    return approval is not None and approval.state == ApprovalState.APPROVED


# --- closing a file -----------------------------------------------------------------------


def request_closing(user, person: Person, reason: str, request=None) -> ApprovalRequest:
    """Lay the closing of a file before a second person; the file closes on approval."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"note": _("Bitte den Grund des Abschlusses angeben.")})
    if len(reason) > CLOSING_REASON_MAX:
        raise ValidationError({"note": _(
            "Der Grund des Abschlusses darf höchstens 300 Zeichen lang sein.")})
    if person.closed_on:
        raise ValidationError(_("Die Akte ist bereits abgeschlossen."))
    if ApprovalRequest.objects.filter(person=person, kind=ApprovalKind.CLOSING,
                                      state__in=OPEN_STATES).exists():
        raise ValidationError(_(
            "Der Abschluss dieser Akte liegt bereits zur Freigabe vor oder wurde zurückgegeben; "
            "bitte die vorhandene Vorlage bearbeiten."))
    approval = ApprovalRequest(person=person, authority_id=person.authority_id,
                               kind=ApprovalKind.CLOSING, requested_by=user, note=reason)
    return services.save_record(user, approval, None, request)


def reopen_file(user, person: Person, reason: str, expected_version: int | None,
                request=None) -> Person:
    """Open a closed file again (e.g. the person moved back), by the head of department or a
    named deputy, with a reason; the closing stays in the history and the audit log."""
    if not can(user, "approval.answer"):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"note": _("Bitte den Grund der Wiedereröffnung angeben.")})
    if not person.closed_on:
        raise ValidationError(_("Die Akte ist nicht abgeschlossen."))
    person.closed_on, person.closing_reason = None, ""
    # The one change save_record lets through on a closed file; the reason goes into the history.
    setattr(person, "reopening", True)  # noqa: B010
    setattr(person, "_change_reason",  # noqa: B010
            (_("Akte wieder geöffnet: %(reason)s") % {"reason": reason})[:100])
    return services.save_record(user, person, expected_version, request)


# --- answering and re-submitting ----------------------------------------------------------


def answer_approval(user, approval: ApprovalRequest, approve: bool, comment: str,
                    expected_version: int | None, request=None) -> ApprovalRequest:
    """Approve or return a request. Only the head of department or a named deputy, never the
    person who laid it before or decided the matter; returning needs a comment."""
    if not can(user, "approval.answer"):
        raise PermissionDenied
    if user.pk in authors(approval):
        raise SelfApprovalError(_(
            "Eine eigene Vorlage können Sie nicht selbst freigeben oder zurückgeben: das "
            "Vier-Augen-Prinzip verlangt eine zweite Person."))
    if approval.state != ApprovalState.REQUESTED:
        raise ValidationError(_("Diese Vorlage ist nicht mehr offen; sie wurde bereits beschieden."))
    comment = (comment or "").strip()
    if not approve and not comment:
        raise ValidationError({"comment": _(
            "Bitte beim Zurückgeben sagen, was zu ändern oder zu ergänzen ist.")})
    approval.state = ApprovalState.APPROVED if approve else ApprovalState.RETURNED
    approval.answered_by, approval.answered_at, approval.comment = user, timezone.now(), comment
    with transaction.atomic():
        services.save_record(user, approval, expected_version, request)
        if approve and approval.kind == ApprovalKind.CLOSING:
            _close(user, approval, request)
    return approval


def authors(approval: ApprovalRequest) -> set[int]:
    """Who may not answer the request: whoever laid it before and whoever decided the matter."""
    authors = {approval.requested_by_id}
    if approval.decision is not None and approval.decision.decided_by_id is not None:
        authors.add(approval.decision.decided_by_id)
    return authors


def _close(user, approval: ApprovalRequest, request) -> None:
    person = Person.unscoped.get(pk=approval.person_id)
    person.closed_on = timezone.localdate()
    person.closing_reason = approval.note[:CLOSING_REASON_MAX]
    services.save_record(user, person, person.version, request)


def resubmit_approval(user, approval: ApprovalRequest, note: str, expected_version: int | None,
                      request=None) -> ApprovalRequest:
    """Lay a returned request before again, after correcting the decision or the reason.

    The return comment stays on the request so that the second reader sees what was asked.
    """
    if approval.state != ApprovalState.RETURNED:
        raise ValidationError(_("Nur eine zurückgegebene Vorlage kann erneut vorgelegt werden."))
    note = (note or "").strip()
    if approval.kind == ApprovalKind.CLOSING and not note:
        raise ValidationError({"note": _("Bitte den Grund des Abschlusses angeben.")})
    if approval.kind == ApprovalKind.CLOSING and len(note) > CLOSING_REASON_MAX:
        raise ValidationError({"note": _(
            "Der Grund des Abschlusses darf höchstens 300 Zeichen lang sein.")})
    approval.state, approval.requested_by, approval.note = ApprovalState.REQUESTED, user, note
    approval.answered_by, approval.answered_at = None, None
    return services.save_record(user, approval, expected_version, request)
