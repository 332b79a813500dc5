"""§ 23a petitions to the hardship commission in the exchange format (1.3).

One list per person ("hardship_petitions"). A petition names the office's decision on it by
the decision's day, norm and outcome - the identity by which a replaced decision is found
again on import (interop.applications) - and that decision must be among the person's
applications in the same file (or, if the file carries no applications, among the stored ones).
The latest request to remove the person while the petition is pending travels with it as an
approval of kind "removal", like the approvals of decisions, without staff names.

The rules are those of the one door (review.hardship: `petition_problems`,
`removal_reason_problem`, `removal_answer_problem`), never a second copy. The statement's
follow-up (Wiedervorlage) is the office's own work and does not travel: a petition taken over
gets it as the door would give it (statement still owed), and where the same petition (same
day of receipt) was stored before, its follow-up and the staff of its removal request are kept.
"""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from wegweiser.cases.models import ApprovalRequest, Decision
from wegweiser.cases.models.decision import ApprovalState
from wegweiser.review import hardship
from wegweiser.review.models import HardshipPetition

from .applications import (
    APPROVAL_FIELDS,
    Day,
    _day,
    _moment,
    _plain,
    _read_approval,
    approval_problems,
)
from .context import ImportContext
from .values import Problem

PETITION_DATES = ["received_by_commission_on", "office_informed_on", "statement_due_on",
                  "statement_sent_on", "commission_decided_on", "ministry_order_on"]
PETITION_FIELDS = ["received_by_commission_on", "filed_by", "office_informed_on",
                   "statement_due_on", "statement_sent_on", "statement", "removal_suspended",
                   "commission_outcome", "commission_decided_on", "ministry_order_on", "note"]
REFERENCE_FIELDS = ["decided_on", "pathway_id", "outcome"]

# Export


def petitions_to_list(person) -> list[dict]:
    """The person's petitions (prefetched by `prefetch_lookups`) in the exchange format."""
    return [_petition(p) for p in person.hardship_petitions.all()]


def _petition(petition: HardshipPetition) -> dict:
    row: dict[str, Any] = {name: getattr(petition, name) for name in PETITION_FIELDS}
    row.update({name: _day(getattr(petition, name)) for name in PETITION_DATES})
    decision = petition.decision
    row["decision"] = ({"decided_on": _day(decision.decided_on),
                        "pathway_id": decision.pathway_id, "outcome": decision.outcome}
                       if decision is not None else None)
    approval = petition.removal_request
    row["removal_request"] = _approval(approval) if approval is not None else None
    return row


def _approval(approval: ApprovalRequest) -> dict:
    row = {name: getattr(approval, name) for name in APPROVAL_FIELDS}
    row["requested_at"] = _moment(approval.requested_at)
    row["answered_at"] = _moment(approval.answered_at)
    return row


def prefetch_lookups() -> list:
    from django.db.models import Prefetch

    petitions = HardshipPetition.unscoped.select_related("decision", "removal_request").order_by(
        "received_by_commission_on", "pk")
    return [Prefetch("hardship_petitions", queryset=petitions)]


# Import: read the file's rows into typed dicts (the schema has checked their shape)


def read(number: int, items: list[dict], day: Day, problems: list[Problem]) -> list[dict]:
    petitions = []
    for i, item in enumerate(items):
        path = f"hardship_petitions[{i}]"
        row: dict[str, Any] = {name: item.get(name, _DEFAULTS.get(name, ""))
                               for name in PETITION_FIELDS}
        row.update({name: day(item.get(name), f"{path}.{name}") for name in PETITION_DATES})
        reference = item.get("decision")
        row["decision"] = ({**reference, "decided_on": day(reference["decided_on"],
                                                           f"{path}.decision.decided_on")}
                           if reference is not None else None)
        given = item.get("removal_request")
        row["removal_request"] = (_read_approval(number, given, f"{path}.removal_request",
                                                 problems) if given is not None else None)
        row["_path"] = path
        petitions.append(row)
    return petitions


_DEFAULTS: dict[str, Any] = {"removal_suspended": True, "commission_outcome": "pending"}


# Import: the rules of the one door (German messages; nothing is written when one fails)


def problems_of(number: int, file_number: str, petitions: list[dict],
                decisions: list[tuple] | None, context: ImportContext) -> list[Problem]:
    """`decisions`: the identities (day, norm, outcome) of the person's decisions in the file,
    or None when the file carries no applications (then the stored ones count)."""
    problems: list[Problem] = []
    # A file screened without a database (context.teams is None) has no stored decisions.
    known = decisions if decisions is not None else (
        _stored_decisions(file_number, context) if context.teams is not None else None)
    for index, row in enumerate(petitions, start=1):
        label = {"n": index, "file": file_number}

        def add(field: str, value, message: str, path: str = row["_path"]) -> None:
            shown = value.isoformat() if isinstance(value, date) else (
                "" if value is None else str(value))
            problems.append(Problem(number, f"{path}.{field}", shown, message))

        reference = row["decision"]
        if reference is not None and known is not None and _identity(reference) not in known:
            add("decision", _shown(reference), _(
                "Härtefallverfahren %(n)s der Person %(file)s: Die genannte Entscheidung (Tag, "
                "Rechtsgrundlage, Ergebnis) steht nicht unter den Anträgen der Person.") % label)
        petition = _unsaved(row)
        for field, messages in hardship.petition_problems(petition, context.today).items():
            for message in messages:
                add(field, getattr(petition, field, None) if field != "decision" else
                    _shown(reference), message)
        if row["removal_request"] is not None:
            _removal_problems(row["removal_request"], label, context, add)
    return problems


def _unsaved(row: dict) -> HardshipPetition:
    petition = HardshipPetition(**{name: row[name] for name in PETITION_FIELDS})
    if row["decision"] is not None:
        # Not stored yet: the rules only ask whether the office has decided.
        petition.decision = Decision(outcome=row["decision"]["outcome"])
    return petition


def _removal_problems(approval: dict, label: dict, context: ImportContext, add) -> None:
    path = approval["_path"]
    if problem := hardship.removal_reason_problem(approval["note"]):
        add("note", approval["note"], problem, path)
    returned = approval["state"] == ApprovalState.RETURNED
    if problem := hardship.removal_answer_problem(not returned, approval["comment"]):
        add("comment", approval["comment"], problem, path)
    subject = _("Härtefallverfahren %(n)s der Person %(file)s") % label
    approval_problems(approval, subject, lambda full, value, message: add(
        full.rsplit(".", 1)[1], value, message, full.rsplit(".", 1)[0]))
    if not context.has_user:
        add("removal_request", "", _(
            "Härtefallverfahren %(n)s der Person %(file)s: Freigaben lassen sich nur "
            "übernehmen, wenn der Import einer Person zugeschrieben wird (--user).") % label)


def _identity(reference: dict) -> tuple:
    return reference["decided_on"], reference.get("pathway_id") or "", reference["outcome"]


def _shown(reference: dict | None) -> str:
    if reference is None:
        return ""
    day = reference["decided_on"]
    return (f"{day.isoformat() if isinstance(day, date) else day} · "
            f"{reference.get('pathway_id') or '–'} · {reference['outcome']}")


def decision_identities(applications: list[dict] | None) -> list[tuple] | None:
    """The identities of the decisions among a case's parsed applications (None: no list)."""
    if applications is None:
        return None
    return [_identity(a["decision"]) for a in applications if a["decision"] is not None]


def _stored_decisions(file_number: str, context: ImportContext) -> list[tuple]:
    return [(day, pathway or "", outcome) for day, pathway, outcome in Decision.unscoped.filter(
        authority_id=context.authority_id, person__file_number=file_number).values_list(
        *REFERENCE_FIELDS)]


# Import: comparing what a file gives with what is stored (to change nothing twice)


def fingerprint(petitions: Iterable[dict]) -> list:
    return sorted((_key(p) for p in petitions), key=repr)


def _key(petition: dict) -> tuple:
    reference, approval = petition["decision"], petition["removal_request"]
    return (*(_plain(petition[n]) for n in PETITION_FIELDS),
            tuple(_plain(v) for v in _identity(reference)) if reference else None,
            tuple(_plain(approval[n]) for n in APPROVAL_FIELDS) if approval else None)


def stored(person_ids: Iterable[int]) -> dict[int, list[dict]]:
    """The stored petitions of these persons as parsed rows (for the fingerprint)."""
    from . import bulk

    ids = list(person_ids)
    result: dict[int, list[dict]] = {pk: [] for pk in ids}
    for condition in bulk.id_filters("person_id", ids):
        for row in HardshipPetition.unscoped.filter(condition).values(
                "id", "person_id", *PETITION_FIELDS, "statement_follow_up_id",
                "removal_request_id", "decision_id"):
            result[row["person_id"]].append(row)
    rows = [p for petitions in result.values() for p in petitions]
    decisions: dict[int, dict] = {}
    for condition in bulk.id_filters("id", {p["decision_id"] for p in rows if p["decision_id"]}):
        decisions.update({d["id"]: d for d in Decision.unscoped.filter(condition).values(
            "id", *REFERENCE_FIELDS)})
    for row in rows:
        row["decision"] = decisions.get(row["decision_id"])
    approvals: dict[int, dict] = {}
    for condition in bulk.id_filters("id", {p["removal_request_id"] for p in rows
                                            if p["removal_request_id"]}):
        approvals.update({a["id"]: a for a in ApprovalRequest.unscoped.filter(condition).values(
            "id", *APPROVAL_FIELDS, "requested_by_id", "answered_by_id")})
    for row in rows:
        row["removal_request"] = approvals.get(row["removal_request_id"])
    return result


# Import: writing (after the applications, so that the decisions named exist)


class PetitionWriter:
    """Replaces a person's petitions when the file's differ from the stored ones."""

    def __init__(self, authority_id: int, user_id: int | None, reason: str):
        self.authority_id, self.user_id, self.reason = authority_id, user_id, reason
        self.written = self.removed = 0

    def write(self, given: dict[int, list[dict]], new_ids: set[int]) -> set[int]:
        """Write the given lists; return the existing persons whose list changed."""
        before = stored(pk for pk in given if pk not in new_ids)
        stale = {pk for pk, rows in before.items() if fingerprint(rows) != fingerprint(given[pk])}
        self._delete(before, stale)
        for pk in [*new_ids & set(given), *stale]:
            self._create(pk, given[pk], before.get(pk, []))
        return stale

    def _delete(self, before: dict[int, list[dict]], stale: set[int]) -> None:
        from . import bulk

        approvals = [p["removal_request_id"] for pk in stale for p in before[pk]
                     if p["removal_request_id"]]
        self.removed += bulk.delete_where(HardshipPetition, "person_id", stale, self.user_id,
                                          self.reason)
        self.removed += bulk.delete_where(ApprovalRequest, "id", approvals, self.user_id,
                                          self.reason)

    def _create(self, person_id: int, rows: list[dict], old: list[dict]) -> None:
        from . import bulk

        kept = {_plain(p["received_by_commission_on"]): p for p in old}
        owned = {"authority_id": self.authority_id, "person_id": person_id}
        petitions = []
        for row in rows:
            before = kept.get(_plain(row["received_by_commission_on"])) or {}
            petition = HardshipPetition(
                **owned, **{n: row[n] for n in PETITION_FIELDS},
                decision_id=_decision_id(person_id, row["decision"]),
                removal_request_id=self._approval(owned, row["removal_request"],
                                                  before.get("removal_request")),
                statement_follow_up_id=before.get("statement_follow_up_id"))
            if petition.statement_follow_up_id is None and hardship.statement_awaited(petition):
                petition.statement_follow_up_id = self._follow_up(owned, petition)
            petitions.append(petition)
        HardshipPetition.unscoped.bulk_create(petitions)
        bulk.copy_to_history(HardshipPetition, "id", [p.pk for p in petitions], self.user_id,
                             self.reason, "+")
        self.written += len(petitions)

    def _approval(self, owned: dict, approval: dict | None, old: dict | None) -> int | None:
        from . import bulk

        if approval is None:
            return None
        same = old is not None and _plain(old["requested_at"]) == _plain(approval["requested_at"])
        kept = old if same and old is not None else {}
        # A plain row: create() would stamp "requested_at" with now (auto_now_add).
        bulk.insert_rows(ApprovalRequest, [{
            **owned, **{n: approval[n] for n in APPROVAL_FIELDS},
            "requested_by_id": kept.get("requested_by_id") or self.user_id,
            "answered_by_id": kept.get("answered_by_id")}])
        pk = ApprovalRequest.unscoped.filter(
            **owned, kind=approval["kind"], decision__isnull=True,
            requested_at=approval["requested_at"]).order_by("-pk").values_list(
            "pk", flat=True).first()
        bulk.copy_to_history(ApprovalRequest, "id", [pk], self.user_id, self.reason, "+")
        self.written += 1
        return pk


    def _follow_up(self, owned: dict, petition: HardshipPetition) -> int | None:
        """The statement still owed becomes a follow-up, as the door makes it (for the person's
        caseworker, else the importing user; without either there is no one to remind)."""
        from wegweiser.cases.models import FollowUp, Person

        from . import bulk

        assignee = Person.unscoped.filter(pk=owned["person_id"]).values_list(
            "assigned_to_id", flat=True).first() or self.user_id
        if assignee is None:
            return None
        values = {**owned, "reason": hardship.STATEMENT_REASON,
                  "due_date": petition.statement_due_on}
        bulk.insert_rows(FollowUp, [{**values, "assignee_id": assignee,
                                     "created_by_id": self.user_id}])
        pk = FollowUp.unscoped.filter(**values, done=False).order_by("-pk").values_list(
            "pk", flat=True).first()
        bulk.copy_to_history(FollowUp, "id", [pk], self.user_id, self.reason, "+")
        self.written += 1
        return pk


def _decision_id(person_id: int, reference: dict | None) -> int | None:
    if reference is None:
        return None
    return Decision.unscoped.filter(
        person_id=person_id, decided_on=reference["decided_on"],
        pathway_id=reference.get("pathway_id") or "", outcome=reference["outcome"],
    ).order_by("pk").values_list("pk", flat=True).first()
