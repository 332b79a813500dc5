"""Write the drafted decision history: teams, the guideline, applications, decisions, approvals,
§ 23a petitions and their follow-ups - after all persons, with explicit ids and one batched
INSERT per table (demo/writers.py), then the screening snapshots (demo/snapshots.py).

Who decided is a caseworker of the team responsible for the person's family name; approvals
are given by the head of department or, now and then, by the named deputy - never by the
person who decided.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.management.color import no_style
from django.db import connection
from django.db.models import Max

from wegweiser.accounts.models import Authority, Team, User
from wegweiser.cases.models import Application, ApprovalRequest, Decision, FollowUp
from wegweiser.review.models import Guideline, GuidelineVersion, HardshipPetition

from .data import practice as P
from .drafts import PersonDraft
from .petitions import PetitionDraft
from .practice import ApplicationDraft, ApprovalDraft
from .writers import RowWriter

BERLIN = ZoneInfo("Europe/Berlin")
STATEMENT_REASON = "Stellungnahme an die Härtefallkommission fällig (§ 3 Abs. 2 HFKVO NRW)"
MODELS = (Application, Decision, ApprovalRequest, HardshipPetition, FollowUp)


@dataclass
class Collected:
    """What the writer needs of one person once the persons are written (drafts may go)."""

    person_id: int
    caseworker_id: int
    applications: list[ApplicationDraft]
    petitions: list[PetitionDraft]


@dataclass
class PracticeRows:
    authority: Authority
    lead: User
    users: dict[str, User]
    teams_spec: tuple
    writer: type[RowWriter]
    collected: list[Collected] = field(default_factory=list)
    decisions: list[tuple] = field(default_factory=list)  # (id, person_id, pathway, day)

    def collect(self, members: list[tuple[PersonDraft, int]], caseworkers: dict[int, int]):
        """Called by the loader for each batch of written persons (load.OfficeLoader)."""
        for member, pk in members:
            if member.applications or member.petitions:
                self.collected.append(Collected(pk, caseworkers[pk], member.applications,
                                                member.petitions))

    def write(self) -> None:
        self.teams = create_teams(self.authority, self.teams_spec, self.users)
        self.members = _members_by_team(self.users, self.teams)
        self.deputy = next((u for u in self.users.values() if u.approval_deputy), None)
        self.version_id = _guideline(self.authority, self.lead).pk if len(self.teams) > 1 \
            else None
        self.ids = {model: _next_id(model) for model in MODELS}
        rows: dict = {model: [] for model in MODELS}
        for person in self.collected:
            decision_ids: dict[int, int] = {}
            for application in person.applications:
                self._application(person, application, rows, decision_ids)
            for petition in person.petitions:
                self._petition(person, petition, rows)
        scope = {"authority_id": self.authority.pk}
        for model in MODELS:
            if rows[model]:
                fields = list(rows[model][0])
                self.writer(model, fields, scope).write([tuple(r.values()) for r in rows[model]])
        _reset_sequences()

    def _take(self, model) -> int:
        self.ids[model] += 1
        return self.ids[model] - 1

    def _application(self, person: Collected, draft: ApplicationDraft, rows, decision_ids):
        pk = self._take(Application)
        decider = self._decider(person, draft)
        rows[Application].append({
            "id": pk, "person_id": person.person_id, "received_on": draft.received_on,
            "subject": draft.subject, "pathway_id": draft.pathway_id, "channel": draft.channel,
            "status": draft.status, "assignee_id": decider.pk, "note": draft.note})
        decision = draft.decision
        if decision is None:
            return
        decision.pk = self._take(Decision)
        decision_ids[id(decision)] = decision.pk
        team = self.teams[min(decision.team, len(self.teams) - 1)]
        guideline = self.version_id if decision.guideline else None
        rows[Decision].append({
            "id": decision.pk, "person_id": person.person_id, "application_id": pk,
            "received_on": draft.received_on, "decided_on": decision.decided_on, "outcome": decision.outcome,
            "pathway_id": decision.pathway_id, "decision_type": decision.decision_type,
            "discretion": decision.discretion, "reasons": decision.reasons,
            "reason_text": decision.reason_text, "guideline_version_id": guideline,
            "follows_guideline": decision.follows_guideline if guideline else None,
            "departure_kind": decision.departure_kind, "departure_text": decision.departure_text,
            "decided_by_id": decider.pk, "team_id": team.pk, "snapshot_verdict": "",
            "snapshot": {}})
        self.decisions.append((decision.pk, person.person_id, decision.pathway_id,
                               decision.decided_on, decision.outcome))
        for approval in decision.approvals:
            rows[ApprovalRequest].append(self._approval(person, approval, decider,
                                                        decision.pk))

    def _approval(self, person: Collected, draft: ApprovalDraft, requester: User,
                  decision_id: int | None) -> dict:
        answerer = self.deputy if draft.by_deputy and self.deputy not in (None, requester) \
            else self.lead
        answered = draft.state != "requested"
        return {"id": self._take(ApprovalRequest), "person_id": person.person_id,
                "kind": draft.kind, "decision_id": decision_id, "state": draft.state,
                "requested_by_id": requester.pk, "requested_at": draft.requested_at,
                "note": draft.note, "answered_by_id": answerer.pk if answered else None,
                "answered_at": draft.answered_at, "comment": draft.comment}

    def _petition(self, person: Collected, draft: PetitionDraft, rows) -> None:
        caseworker = self._user(person.caseworker_id)
        follow_up = None
        if draft.pending and draft.statement_sent is None:
            follow_up = self._take(FollowUp)
            rows[FollowUp].append({
                "id": follow_up, "person_id": person.person_id, "due_date": draft.statement_due,
                "reason": STATEMENT_REASON, "assignee_id": caseworker.pk, "done": False,
                "done_at": None, "created_by_id": caseworker.pk})
        removal = None
        if draft.removal_request is not None:
            removal = self._approval(person, draft.removal_request, caseworker, None)
            rows[ApprovalRequest].append(removal)
        decision = draft.application.decision if draft.application else None
        rows[HardshipPetition].append({
            "id": self._take(HardshipPetition), "person_id": person.person_id,
            "received_by_commission_on": draft.received, "filed_by": draft.filed_by,
            "office_informed_on": draft.informed, "statement_due_on": draft.statement_due,
            "statement_sent_on": draft.statement_sent, "statement": draft.statement,
            "removal_suspended": True, "commission_outcome": draft.outcome,
            "commission_decided_on": draft.decided, "ministry_order_on": draft.ministry_order,
            "decision_id": decision.pk if decision is not None else None,
            "statement_follow_up_id": follow_up,
            "removal_request_id": removal["id"] if removal else None, "note": draft.note})

    def _decider(self, person: Collected, draft: ApplicationDraft) -> User:
        team = draft.decision.team if draft.decision else None
        caseworker = self._user(person.caseworker_id)
        if team is None:
            return caseworker
        members = self.members.get(min(team, len(self.teams) - 1)) or [caseworker]
        return caseworker if caseworker in members else members[0]

    def _user(self, pk: int) -> User:
        return next(u for u in self.users.values() if u.pk == pk)


def create_teams(authority: Authority, spec: tuple, users: dict[str, User]) -> list[Team]:
    """The office's teams; caseworkers join theirs, one is the head's deputy for approvals."""
    teams = Team.objects.bulk_create(Team(authority=authority, name=name, letters_from=first,
                                          letters_to=last) for name, first, last in spec)
    caseworkers = sorted((u for u in users.values() if u.role == "caseworker"),
                         key=lambda u: u.username)
    for index, user in enumerate(caseworkers):
        position = P.CASEWORKER_TEAMS[index] if index < len(P.CASEWORKER_TEAMS) else 0
        user.team = teams[min(position, len(teams) - 1)]
        user.approval_deputy = user.username == P.DEPUTY
    User.objects.bulk_update(caseworkers, ["team", "approval_deputy"])
    return teams


def _members_by_team(users: dict[str, User], teams: list[Team]) -> dict[int, list[User]]:
    members: dict[int, list[User]] = {}
    for user in sorted(users.values(), key=lambda u: u.username):
        if user.role == "caseworker" and user.team in teams:
            members.setdefault(teams.index(user.team), []).append(user)
    return members


def _guideline(authority: Authority, lead: User) -> GuidelineVersion:
    spec = P.GUIDELINE
    guideline = Guideline.objects.create(authority=authority, number=spec["number"],
                                         title=spec["title"])
    approved = datetime.combine(P.GUIDELINE_FROM - timedelta(days=14), time(11), BERLIN)
    return GuidelineVersion.objects.create(
        authority=authority, guideline=guideline, number=1, text=spec["text"],
        note=spec["note"], pathway_ids=["p25_5"], valid_from=P.GUIDELINE_FROM,
        reason_kind="practice", reason_text=spec["reason"], state="approved", created_by=lead,
        approved_by=lead, approved_at=approved)


def _next_id(model) -> int:
    return (model._base_manager.aggregate(top=Max("id"))["top"] or 0) + 1


def _reset_sequences() -> None:
    """Rows were given explicit ids: PostgreSQL's sequences must learn about them."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), list(MODELS)):
            cursor.execute(sql)
