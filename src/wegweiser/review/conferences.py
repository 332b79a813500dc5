"""The one door for case conferences: plan, propose, build the agenda, record, approve.

Every function validates first (ValidationError with German messages; nothing is written then),
claims the version the caller read (optimistic locking, web.versioning), saves through the model
(django-simple-history keeps the history) and writes the audit log. Views never save these
models themselves. The conference advises; the decision stays with the office in the case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role, can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases import services as case_services
from wegweiser.cases.models import FollowUp, Person
from wegweiser.web.versioning import ConflictError, claim_version

from .models import AgendaAction, AgendaItem, Conference, ExternalParticipant, Proposal
from .models.conference import (
    ConferenceStatus,
    ProposalSource,
    ProposalStatus,
    Recommendation,
    RecommendationOutcome,
)
from .preparation import prepare
from .proposals import candidate_for

__all__ = ["ConflictError", "add_action", "adopt_candidate", "approve_minutes",
           "decline", "decline_candidate", "mark_held", "move_item", "plan_conference",
           "propose", "put_on_agenda", "record_item", "record_outcome"]

STAFF_ROLES = (Role.CASEWORKER, Role.HEAD)
ACTION_ROLES = (Role.CASEWORKER, Role.HEAD, Role.COUNSELLOR)
MAX_QUESTION = 1000


# --- planning ---------------------------------------------------------------------------

def plan_conference(user, conference: Conference, expected_version: int | None,
                    participants: Iterable[User], externals: Sequence[tuple[str, str]],
                    request=None) -> Conference:
    """Create or change a conference: date, title, chair, staff and external participants."""
    participants = list(participants)
    creating = conference.pk is None
    _refuse_if_approved(conference)
    problems = _conference_problems(conference, participants, externals)
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        if not creating:
            claim_version(Conference.unscoped, conference, expected_version)
        conference.save()
        conference.participants.set(participants)
        ExternalParticipant.unscoped.filter(conference=conference).delete()
        ExternalParticipant.unscoped.bulk_create([
            ExternalParticipant(authority_id=conference.authority_id, conference=conference,
                                name=name, organisation=organisation)
            for name, organisation in externals])
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, conference, request)
    return conference


def _conference_problems(conference: Conference, participants: list[User],
                         externals: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    if conference.held_on is None:
        problems["held_on"] = [_("Bitte das Datum der Konferenz angeben.")]
    chair = conference.chair if conference.chair_id else None
    if chair is None or not _is_head_of(chair, conference.authority_id):
        problems["chair"] = [_("Den Vorsitz führt eine Abteilungsleitung dieser Behörde.")]
    if any(p.authority_id != conference.authority_id or p.role not in STAFF_ROLES
           for p in participants):
        problems["participants"] = [_("Teilnehmen können Sachbearbeitung und Abteilungsleitung "
                                      "dieser Behörde.")]
    if any(not name.strip() or len(name) > 200 or len(organisation) > 200
           for name, organisation in externals):
        problems["externals"] = [_("Jede externe Person braucht einen Namen; Name und "
                                   "Organisation haben höchstens 200 Zeichen.")]
    return problems


def _is_head_of(user: User, authority_id: int) -> bool:
    return user.is_active and user.role == Role.HEAD and user.authority_id == authority_id


# --- proposals ----------------------------------------------------------------------------

def propose(person: Person, source: str, question: str, user=None, request=None) -> Proposal:
    """Propose a case for a conference. Idempotent: an open proposal of the same person and
    source is returned as it is (its question unchanged). ``user`` None: proposed by Wegweiser."""
    question = (question or "").strip()
    if source not in ProposalSource.values:
        raise ValidationError({"source": [_("Unbekannte Herkunft des Vorschlags.")]})
    if not question:
        raise ValidationError({"question": [_("Bitte eine kurze Frage an die Konferenz angeben.")]})
    if len(question) > MAX_QUESTION:
        raise ValidationError({"question": [_("Die Frage ist zu lang (höchstens 1.000 Zeichen).")]})
    existing = _open_proposal(person, source)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            proposal = Proposal.unscoped.create(
                authority_id=person.authority_id, person=person, source=source, question=question,
                proposed_by=user if getattr(user, "pk", None) else None)
            record(user, AuditAction.CREATE, person=person, request=request,
                   detail={"record": "proposal", "id": proposal.pk, "source": source})
    except IntegrityError:  # proposed twice at once: the database let one win
        existing = _open_proposal(person, source)
        if existing is None:
            raise
        return existing
    return proposal


def _open_proposal(person: Person, source: str) -> Proposal | None:
    return Proposal.unscoped.filter(person_id=person.pk, source=source,
                                    status=ProposalStatus.OPEN).first()


def decline(user, proposal: Proposal, request=None) -> Proposal:
    """The head does not take the proposal; it stays visible as declined."""
    with transaction.atomic():
        _claim_open(proposal)
        proposal.status = ProposalStatus.DECLINED
        proposal.save()
        record(user, AuditAction.CHANGE, person=proposal.person, request=request,
               detail={"record": "proposal", "id": proposal.pk, "status": proposal.status})
    return proposal


def decline_candidate(user, person: Person, source: str, request=None) -> Proposal:
    candidate = _current_candidate(person, source)
    with transaction.atomic():
        proposal = propose(person, source, candidate.stored_question(), None, request)
        return decline(user, proposal, request)


def _claim_open(proposal: Proposal) -> None:
    if proposal.status != ProposalStatus.OPEN:
        raise ValidationError(_("Dieser Vorschlag ist nicht mehr offen."))
    claim_version(Proposal.unscoped, proposal, proposal.version)


def _current_candidate(person: Person, source: str):
    candidate = candidate_for(person, source, timezone.localdate())
    if candidate is None:
        raise ValidationError(_("Für diesen Fall liegt dieser Vorschlag nicht mehr vor (die Daten "
                                "haben sich geändert oder er wurde schon bearbeitet)."))
    return candidate


# --- the agenda ---------------------------------------------------------------------------

def put_on_agenda(user, conference: Conference, proposal: Proposal,
                  expected_version: int | None, request=None) -> AgendaItem:
    """Take a proposal onto the agenda, last; the case summary is prepared and frozen now."""
    _refuse_unless_planned(conference)
    if proposal.authority_id != conference.authority_id:
        raise ValidationError(_("Dieser Vorschlag gehört nicht zu dieser Behörde."))
    if AgendaItem.unscoped.filter(conference=conference, person_id=proposal.person_id).exists():
        raise ValidationError(_("Dieser Fall steht schon auf der Tagesordnung."))
    with transaction.atomic():
        claim_version(Conference.unscoped, conference, expected_version)
        _claim_open(proposal)
        proposal.status = ProposalStatus.ON_AGENDA
        proposal.save()
        last = AgendaItem.unscoped.filter(conference=conference).aggregate(n=Max("position"))["n"]
        item = AgendaItem.unscoped.create(
            authority_id=conference.authority_id, conference=conference, position=(last or 0) + 1,
            person=proposal.person, proposal=proposal, question=proposal.question,
            prepared=prepare(proposal.person, user, timezone.localdate()))
        record(user, AuditAction.CREATE, person=proposal.person, request=request,
               detail={"record": "agendaitem", "id": item.pk, "conference": conference.pk})
    return item


def adopt_candidate(user, conference: Conference, person: Person, source: str,
                    expected_version: int | None, request=None) -> AgendaItem:
    """Put a case Wegweiser proposes onto the agenda (the proposal is stored on the way)."""
    candidate = _current_candidate(person, source)
    _refuse_unless_planned(conference)
    with transaction.atomic():
        proposal = propose(person, source, candidate.stored_question(), None, request)
        return put_on_agenda(user, conference, proposal, expected_version, request)


def move_item(user, conference: Conference, item: AgendaItem, direction: str,
              expected_version: int | None, request=None) -> None:
    """Swap the item with its neighbour above ("up") or below ("down")."""
    _refuse_if_approved(conference)
    if direction not in ("up", "down"):
        raise ValidationError(_("Unbekannte Richtung; die Reihenfolge bleibt, wie sie ist."))
    items = AgendaItem.unscoped.filter(conference=conference)
    neighbour = (items.filter(position__lt=item.position).order_by("-position").first()
                 if direction == "up" else
                 items.filter(position__gt=item.position).order_by("position").first())
    if neighbour is None:
        return
    with transaction.atomic():
        claim_version(Conference.unscoped, conference, expected_version)
        item.position, neighbour.position = neighbour.position, item.position
        for row in (item, neighbour):
            row.version += 1
            row.save(update_fields=["position", "version", "updated_at"])
        _audit(user, AuditAction.CHANGE, conference, request, {"moved": item.pk, "to": direction})


# --- recording ----------------------------------------------------------------------------

def record_item(user, item: AgendaItem, expected_version: int | None, *, discussion: str,
                recommendation: str, recommendation_text: str, request=None) -> AgendaItem:
    """The discussion and the recommendation of one agenda item (until the minutes are
    approved)."""
    _refuse_if_approved(item.conference)
    problems: dict[str, list[str]] = {}
    if recommendation and recommendation not in Recommendation.values:
        problems["recommendation"] = [_("Bitte eine der angebotenen Empfehlungen wählen.")]
    if recommendation == Recommendation.OTHER and not recommendation_text.strip():
        problems["recommendation_text"] = [_("Bei „Sonstiges“ bitte die Empfehlung erläutern.")]
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        claim_version(AgendaItem.unscoped, item, expected_version)
        item.discussion = discussion.strip()
        item.recommendation = recommendation
        item.recommendation_text = recommendation_text.strip()
        item.save()
        record(user, AuditAction.CHANGE, person=item.person, request=request,
               detail={"record": "agendaitem", "id": item.pk})
    return item


def add_action(user, item: AgendaItem, *, reason: str, assignee: User | None,
               due_date: date | None, request=None) -> AgendaAction:
    """An agreed action: it lives on as a Wiedervorlage of the case (cases.services)."""
    _refuse_if_approved(item.conference)
    reason = (reason or "").strip()
    problems: dict[str, list[str]] = {}
    if not reason:
        problems["reason"] = [_("Bitte die Maßnahme beschreiben.")]
    if assignee is None or assignee.authority_id != item.authority_id or not assignee.is_active \
            or assignee.role not in ACTION_ROLES:
        problems["assignee"] = [_("Bitte eine zuständige Person dieser Behörde wählen.")]
    if due_date is None:
        problems["due_date"] = [_("Bitte ein Fälligkeitsdatum angeben.")]
    elif due_date < timezone.localdate():
        problems["due_date"] = [_("Das Fälligkeitsdatum liegt in der Vergangenheit.")]
    if problems or due_date is None:
        raise ValidationError(problems)
    prefix = _action_prefix(item.conference)
    follow_up = FollowUp(authority_id=item.authority_id, person_id=item.person_id, due_date=due_date,
                         reason=f"{prefix}: {reason}"[:300], assignee=assignee, created_by=user)
    with transaction.atomic():
        case_services.save_record(user, follow_up, None, request)
        return AgendaAction.unscoped.create(authority_id=item.authority_id, item=item,
                                            follow_up=follow_up)


def _action_prefix(conference: Conference) -> str:
    # Stored in the case file, which is German whatever language the user reads.
    return f"Fallkonferenz {conference.held_on:%d.%m.%Y}"


def may_record_outcome(user, item: AgendaItem) -> bool:
    """The head of department, and the caseworker of the case, say what became of it."""
    return can(user, "conference.manage") or (
        can(user, "conference.view") and item.person.assigned_to_id == user.pk)


def record_outcome(user, item: AgendaItem, expected_version: int | None, *, outcome: str,
                   reason: str, request=None) -> AgendaItem:
    """Followed or not followed (with the reason): advisory bodies stop working when their
    recommendations vanish without an answer. Also after the minutes were approved."""
    if not may_record_outcome(user, item):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not item.recommendation or item.conference.status == ConferenceStatus.PLANNED:
        raise ValidationError(_("Zu diesem Punkt gibt es noch keine Empfehlung einer "
                                "durchgeführten Konferenz."))
    if outcome not in RecommendationOutcome.values:
        raise ValidationError({"outcome": [_("Bitte angeben, ob der Empfehlung gefolgt wurde.")]})
    if outcome == RecommendationOutcome.NOT_FOLLOWED and not reason:
        raise ValidationError({"outcome_reason": [
            _("Bitte begründen, warum der Empfehlung nicht gefolgt wurde.")]})
    with transaction.atomic():
        claim_version(AgendaItem.unscoped, item, expected_version)
        item.outcome, item.outcome_reason = outcome, reason
        item.outcome_recorded_at = timezone.now()
        item.save()
        record(user, AuditAction.CHANGE, person=item.person, request=request,
               detail={"record": "agendaitem", "id": item.pk, "outcome": outcome})
    return item


# --- status -------------------------------------------------------------------------------

def mark_held(user, conference: Conference, expected_version: int | None, request=None) -> None:
    if conference.status != ConferenceStatus.PLANNED:
        raise ValidationError(_("Nur eine geplante Konferenz kann als durchgeführt gelten."))
    if conference.held_on > timezone.localdate():
        raise ValidationError(_("Die Konferenz findet erst am %(day)s statt.") % {
            "day": conference.held_on.strftime("%d.%m.%Y")})
    _set_status(user, conference, expected_version, ConferenceStatus.HELD, request)


def approve_minutes(user, conference: Conference, expected_version: int | None,
                    request=None) -> None:
    """Only the chair approves. The minutes are generated from the recorded items, stored as
    PDF and archived; from now on the items are read-only (their outcome is still tracked)."""
    from .minutes import minutes_pdf

    if user.pk != conference.chair_id or not can(user, "conference.manage"):
        raise PermissionDenied
    if conference.status != ConferenceStatus.HELD:
        raise ValidationError(_("Genehmigt wird das Protokoll einer durchgeführten Konferenz."))
    missing = list(AgendaItem.unscoped.filter(conference=conference, recommendation="")
                   .order_by("position").values_list("position", flat=True))
    if missing:
        raise ValidationError(_("Jeder Tagesordnungspunkt endet mit einer Empfehlung; es fehlt "
                                "noch bei TOP %(items)s.") % {"items": ", ".join(map(str, missing))})
    with transaction.atomic():
        claim_version(Conference.unscoped, conference, expected_version)
        conference.minutes_approved_by = user
        conference.minutes_approved_at = timezone.now()
        conference.status = ConferenceStatus.APPROVED
        conference.minutes_pdf = minutes_pdf(conference)
        conference.save()
        _audit(user, AuditAction.CHANGE, conference, request, {"status": conference.status})


def _set_status(user, conference: Conference, expected_version: int | None, status: str,
                request) -> None:
    with transaction.atomic():
        claim_version(Conference.unscoped, conference, expected_version)
        conference.status = status
        conference.save()
        _audit(user, AuditAction.CHANGE, conference, request, {"status": status})


def _refuse_if_approved(conference: Conference) -> None:
    if conference.status == ConferenceStatus.APPROVED:
        raise ValidationError(_("Das Protokoll ist genehmigt; die Konferenz und ihre "
                                "Tagesordnungspunkte werden nicht mehr geändert."))


def _refuse_unless_planned(conference: Conference) -> None:
    if conference.status != ConferenceStatus.PLANNED:
        raise ValidationError(_("Die Tagesordnung wird vor der Konferenz zusammengestellt; diese "
                                "Konferenz ist schon durchgeführt."))


def _audit(user, action: str, conference: Conference, request, detail: dict | None = None) -> None:
    record(user, action, target=f"Fallkonferenz {conference.held_on:%d.%m.%Y}",
           authority_id=conference.authority_id, request=request,
           detail={"record": "conference", "id": conference.pk, **(detail or {})})


# --- reading ------------------------------------------------------------------------------

def conferences() -> QuerySet[Conference]:
    """Conferences of the request's authority, without the archived PDF (loaded on download)."""
    return Conference.objects.defer("minutes_pdf")


def earlier_recommendations(conference: Conference) -> QuerySet[AgendaItem]:
    """The standing item: recommendations of earlier conferences whose outcome is still open or
    was recorded since the previous conference."""
    earlier = AgendaItem.objects.filter(
        conference__held_on__lt=conference.held_on,
        conference__status__in=[ConferenceStatus.HELD, ConferenceStatus.APPROVED],
    ).exclude(recommendation="")
    previous = earlier.aggregate(day=Max("conference__held_on"))["day"]
    news = Q(outcome_recorded_at__date__gte=previous) if previous else Q()
    return (earlier.filter(Q(outcome=RecommendationOutcome.OPEN) | news)
            .select_related("person", "conference").defer("conference__minutes_pdf")
            .order_by("conference__held_on", "position"))


def case_conferences(person: Person) -> QuerySet[AgendaItem]:
    """Every conference a case was (or is to be) discussed in: one query, for the case page."""
    return (AgendaItem.objects.filter(person=person).select_related("conference")
            .defer("conference__minutes_pdf", "prepared").order_by("-conference__held_on", "-pk"))
