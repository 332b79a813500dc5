"""The one door for § 23a petitions to the NRW hardship commission (HardshipPetition).

Saving validates (German messages), then writes through cases.services.save_record (locking,
history, audit). The statement's due date is kept as a follow-up of the case. While a petition
is pending the removal is suspended; a removal all the same needs a recorded reason and the
approval of a second person (ApprovalRequest of kind "removal", four eyes).

What the ordinance does not settle is a policy setting (HardshipPolicy, docs/law/p23a-hfkvo.md):
when a procedure counts as pending and whether a pending procedure suspends removal at all.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.accounts.roles import can
from wegweiser.cases import services
from wegweiser.cases.models import ApprovalRequest, FollowUp, Person
from wegweiser.cases.models.decision import ApprovalKind, ApprovalState

from .models import HardshipPetition
from .models.hardship import CommissionOutcome

HFKVO_IN_FORCE = date(2005, 1, 1)
STATEMENT_REASON = "Stellungnahme an die Härtefallkommission fällig (§ 3 Abs. 2 HFKVO NRW)"
REASON_MAX = 500


@dataclass(frozen=True)
class HardshipPolicy:
    """Points the HFKVO NRW does not settle (docs/law/p23a-hfkvo.md); settings may override
    them with WEGWEISER_HARDSHIP = {"pending_after_request": …, "suspends_removal": …}."""

    # After a Härtefallersuchen the procedure runs on until the office's decision (the ministry
    # orders, the office decides): removal stays suspended until then.
    pending_after_request: bool = True
    # A pending petition suspends removal (office practice in NRW, no rule in the ordinance).
    suspends_removal: bool = True


def policy() -> HardshipPolicy:
    return HardshipPolicy(**getattr(settings, "WEGWEISER_HARDSHIP", {}))


# Reading


def is_pending(petition: HardshipPetition) -> bool:
    """The commission (or, after a request, the ministry and the office) is still at work."""
    outcome = petition.commission_outcome
    if outcome == CommissionOutcome.PENDING:
        return True
    return (outcome == CommissionOutcome.ERSUCHEN and petition.decision_id is None
            and policy().pending_after_request)


def removal_released(petition: HardshipPetition) -> bool:
    request = petition.removal_request
    return request is not None and request.state == ApprovalState.APPROVED


def removal_suspended(petition: HardshipPetition) -> bool:
    """Removal is suspended now: pending, suspended, and no approved exception."""
    return (policy().suspends_removal and petition.removal_suspended and is_pending(petition)
            and not removal_released(petition))


def statement_awaited(petition: HardshipPetition) -> bool:
    """The office still owes its statement: the due date is a follow-up of the case."""
    return (petition.statement_due_on is not None and petition.statement_sent_on is None
            and is_pending(petition))


# Rules


def petition_problems(petition: HardshipPetition, today: date) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        problems.setdefault(field, []).append(message)

    received = petition.received_by_commission_on
    for field, label in _DATES:
        day = getattr(petition, field)
        if day is not None and day > today and field != "statement_due_on":
            add(field, _("%(label)s liegt in der Zukunft.") % {"label": label})
    if received is not None and received < HFKVO_IN_FORCE:
        add("received_by_commission_on", _(
            "Die Härtefallkommission nach der HFKVO NRW gibt es seit dem 01.01.2005."))
    _order(petition, add)
    _outcome_rules(petition, add)
    if petition.decision is not None and petition.decision.person_id != petition.person_id:
        add("decision", _("Die Entscheidung gehört zu einer anderen Person."))
    return problems


_DATES = [
    ("received_by_commission_on", gettext_lazy("Der Eingang bei der Kommission")),
    ("office_informed_on", gettext_lazy("Die Unterrichtung der Behörde")),
    ("statement_due_on", gettext_lazy("Die Frist der Stellungnahme")),
    ("statement_sent_on", gettext_lazy("Die Abgabe der Stellungnahme")),
    ("commission_decided_on", gettext_lazy("Die Entscheidung der Kommission")),
    ("ministry_order_on", gettext_lazy("Die Anordnung des Ministeriums")),
]


def _order(petition: HardshipPetition, add) -> None:
    received = petition.received_by_commission_on
    after_receipt = ("office_informed_on", "statement_sent_on", "commission_decided_on")
    for field in after_receipt:
        day = getattr(petition, field)
        if day is not None and received is not None and day < received:
            add(field, _("Das Datum liegt vor dem Eingang bei der Kommission (%(day)s).")
                % {"day": received.strftime("%d.%m.%Y")})
    informed, due = petition.office_informed_on, petition.statement_due_on
    if due is not None and informed is not None and due < informed:
        add("statement_due_on", _("Die Frist endet vor der Unterrichtung der Behörde."))
    if due is not None and informed is None:
        add("office_informed_on", _(
            "Eine Frist für die Stellungnahme setzt die Unterrichtung der Behörde voraus."))
    if petition.statement_sent_on is not None and not petition.statement.strip():
        add("statement", _("Bitte die abgegebene Stellungnahme (oder ihren Kern) eintragen."))


def _outcome_rules(petition: HardshipPetition, add) -> None:
    pending = petition.commission_outcome == CommissionOutcome.PENDING
    decided = petition.commission_decided_on
    if pending and decided is not None:
        add("commission_decided_on", _(
            "Ein Datum der Kommission passt nur zu einem Ergebnis; das Verfahren ist als "
            "„offen“ erfasst."))
    if not pending and decided is None:
        add("commission_decided_on", _("Bitte angeben, wann die Kommission entschieden hat."))
    order = petition.ministry_order_on
    if order is not None and petition.commission_outcome != CommissionOutcome.ERSUCHEN:
        add("ministry_order_on", _(
            "Eine Anordnung des Ministeriums folgt nur auf ein Härtefallersuchen."))
    if order is not None and decided is not None and order < decided:
        add("ministry_order_on", _("Die Anordnung liegt vor der Entscheidung der Kommission."))
    # `decision` (not `decision_id`): an import checks a decision that is not stored yet.
    if petition.decision is not None and pending:
        add("decision", _("Die Entscheidung der Behörde folgt auf das Ergebnis der Kommission."))


# Writing


def save_petition(user, petition: HardshipPetition, expected_version: int | None,
                  request=None) -> HardshipPetition:
    """Create or change a petition; the statement's due date becomes (or updates, or closes)
    the case's follow-up. A rule violation raises ValidationError; nothing is written then."""
    problems = petition_problems(petition, timezone.localdate())
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        petition.statement_follow_up = _follow_up(user, petition, request)
        return services.save_record(user, petition, expected_version, request)


def _follow_up(user, petition: HardshipPetition, request) -> FollowUp | None:
    follow_up = petition.statement_follow_up
    due = petition.statement_due_on
    if statement_awaited(petition) and due is not None:
        if follow_up is None or follow_up.done:
            person = Person.unscoped.get(pk=petition.person_id)
            follow_up = FollowUp(person=person, authority_id=petition.authority_id,
                                 reason=STATEMENT_REASON, created_by=user,
                                 assignee=person.assigned_to or user, due_date=due)
            return services.save_record(user, follow_up, None, request)
        if follow_up.due_date != due:
            follow_up.due_date = due
            services.save_record(user, follow_up, follow_up.version, request)
        return follow_up
    if follow_up is not None and not follow_up.done:
        services.complete_follow_up(user, follow_up, follow_up.version, request)
    return follow_up


def request_removal(user, petition: HardshipPetition, reason: str,
                    request=None) -> ApprovalRequest:
    """Ask a second person to release a removal while the petition is pending."""
    reason = (reason or "").strip()
    if not removal_suspended(petition):
        raise ValidationError(_(
            "Die Abschiebung ist nicht wegen dieses Härtefallverfahrens ausgesetzt; eine "
            "Freigabe ist nicht nötig."))
    if problem := removal_reason_problem(reason):
        raise ValidationError({"note": problem})
    current = petition.removal_request
    if current is not None and current.state == ApprovalState.REQUESTED:
        raise ValidationError(_("Eine Abschiebung liegt für dieses Verfahren bereits zur "
                                "Freigabe vor."))
    approval = ApprovalRequest(person_id=petition.person_id, authority_id=petition.authority_id,
                               kind=ApprovalKind.REMOVAL_DESPITE_PETITION, requested_by=user,
                               note=reason)
    with transaction.atomic():
        services.save_record(user, approval, None, request)
        petition.removal_request = approval
        services.save_record(user, petition, petition.version, request)
    return approval


def removal_reason_problem(reason: str) -> str | None:
    """What is wrong with the reason of a removal during a petition (the form and the import)."""
    reason = (reason or "").strip()
    if not reason:
        return _("Bitte den Grund angeben, warum trotz laufendem Härtefallverfahren abgeschoben "
                 "werden soll.")
    if len(reason) > REASON_MAX:
        return _("Der Grund darf höchstens 500 Zeichen lang sein.")
    return None


def removal_answer_problem(approve: bool, comment: str) -> str | None:
    """Returning a removal request says why (the form and the import)."""
    if not approve and not (comment or "").strip():
        return _("Bitte beim Zurückgeben sagen, warum die Abschiebung nicht freigegeben wird.")
    return None


def answer_removal(user, approval: ApprovalRequest, approve: bool, comment: str,
                   expected_version: int | None, request=None) -> ApprovalRequest:
    """Release or return the request: the head of department or the named deputy, never the
    person who asked; returning says why."""
    if not can(user, "approval.answer") or approval.kind != ApprovalKind.REMOVAL_DESPITE_PETITION:
        raise PermissionDenied
    if user.pk == approval.requested_by_id:
        raise ValidationError(_(
            "Eine eigene Vorlage können Sie nicht selbst freigeben oder zurückgeben: das "
            "Vier-Augen-Prinzip verlangt eine zweite Person."))
    if approval.state != ApprovalState.REQUESTED:
        raise ValidationError(_("Diese Vorlage ist nicht mehr offen; sie wurde bereits "
                                "beschieden."))
    comment = (comment or "").strip()
    if problem := removal_answer_problem(approve, comment):
        raise ValidationError({"comment": problem})
    approval.state = ApprovalState.APPROVED if approve else ApprovalState.RETURNED
    approval.answered_by, approval.answered_at = user, timezone.now()
    approval.comment = comment[:REASON_MAX]
    return services.save_record(user, approval, expected_version, request)
