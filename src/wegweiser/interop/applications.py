"""Applications, the office's decisions on them and their approvals in the exchange format (1.2).

One list per person ("applications"); each application carries its decision (or null) and the
decision its four-eyes approvals. The decision's frozen screening snapshot travels unchanged: it
is history, never recomputed on import.

The file names no staff: who decided, who asked for and who gave an approval stays in the
office (staff data; no ranking of individual staff). On import the importing user becomes the
requester of the approvals taken over; where an identical application was stored before, its
assignee, decider and approvers are kept. Teams and guidelines are named (team name, guideline
number and version) and must exist in the importing authority, like towns.
"""

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.cases.models import Application, ApprovalRequest, Decision
from wegweiser.cases.models.decision import ApplicationStatus, Outcome
from wegweiser.cases.validation import record_problems

from .context import ImportContext
from .values import Problem

APPLICATION_FIELDS = ["received_on", "subject", "pathway_id", "channel", "status", "note"]
DECISION_FIELDS = ["decided_on", "outcome", "pathway_id", "decision_type", "discretion",
                   "reasons", "reason_text", "follows_guideline", "departure_kind",
                   "departure_text", "snapshot_verdict", "snapshot"]
APPROVAL_FIELDS = ["kind", "state", "requested_at", "note", "answered_at", "comment"]

# Export


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def applications_to_list(person) -> list[dict]:
    """The person's applications (prefetched by `prefetch`) in the exchange format."""
    return [_application(a) for a in person.applications.all()]


def _application(application: Application) -> dict:
    row: dict[str, Any] = {name: getattr(application, name) for name in APPLICATION_FIELDS}
    row["received_on"] = _day(application.received_on)
    decision = getattr(application, "decision", None)
    row["decision"] = _decision(decision) if decision is not None else None
    return row


def _decision(decision: Decision) -> dict:
    row: dict[str, Any] = {name: getattr(decision, name) for name in DECISION_FIELDS}
    row["decided_on"] = _day(decision.decided_on)
    row["team"] = decision.team.name if decision.team is not None else None
    version = decision.guideline_version
    row["guideline"] = ({"number": version.guideline.number, "version": version.number}
                        if version is not None else None)
    row["approvals"] = [_approval(a) for a in decision.approvals.all()]
    return row


def _approval(approval: ApprovalRequest) -> dict:
    row = {name: getattr(approval, name) for name in APPROVAL_FIELDS}
    row["requested_at"] = _moment(approval.requested_at)
    row["answered_at"] = _moment(approval.answered_at)
    return row


def prefetch_lookups() -> list:
    """What `applications_to_list` reads, as prefetch lookups (a fixed number of queries)."""
    from django.db.models import Prefetch

    decisions = Decision.unscoped.select_related("team", "guideline_version__guideline")
    applications = Application.unscoped.order_by("received_on", "pk").select_related(None)
    return [
        Prefetch("applications", queryset=applications),
        Prefetch("applications__decision", queryset=decisions),
        Prefetch("applications__decision__approvals",
                 queryset=ApprovalRequest.unscoped.order_by("requested_at", "pk")),
    ]


# Import: read the file's rows into typed dicts (the schema has checked their shape)

Day = Callable[[Any, str], date | None]


def read(number: int, items: list[dict], day: Day, problems: list[Problem]) -> list[dict]:
    """Typed applications; dates that do not exist become problems (via `day`)."""
    applications = []
    for i, item in enumerate(items):
        path = f"applications[{i}]"
        row = {name: item.get(name, "") for name in APPLICATION_FIELDS}
        row["received_on"] = day(item["received_on"], f"{path}.received_on")
        row["_path"] = path
        given = item.get("decision")
        row["decision"] = _read_decision(number, given, f"{path}.decision", day, problems) \
            if given is not None else None
        applications.append(row)
    return applications


def _read_decision(number: int, item: dict, path: str, day: Day, problems) -> dict:
    row: dict[str, Any] = {name: item.get(name, _DEFAULTS.get(name, "")) for name in DECISION_FIELDS}
    row["decided_on"] = day(item["decided_on"], f"{path}.decided_on")
    row["team"] = item.get("team")
    row["guideline"] = item.get("guideline")
    row["approvals"] = [
        _read_approval(number, a, f"{path}.approvals[{j}]", problems)
        for j, a in enumerate(item.get("approvals") or [])]
    row["_path"] = path
    return row


_DEFAULTS: dict[str, Any] = {"reasons": [], "follows_guideline": None, "snapshot": {}}


def _read_approval(number: int, item: dict, path: str, problems: list[Problem]) -> dict:
    row = {name: item.get(name, "") for name in APPROVAL_FIELDS}
    for name in ("requested_at", "answered_at"):
        row[name] = _moment_of(number, item.get(name), f"{path}.{name}", problems)
    row["_path"] = path
    return row


def _moment_of(number: int, value, path: str, problems: list[Problem]) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        problems.append(Problem(number, path, value, _(
            "Kein Zeitpunkt im Format JJJJ-MM-TTThh:mm:ss (z. B. 2024-03-01T09:30:00+01:00).")))
        return None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


# Import: rules across the values (German messages; nothing is written when one fails)


def problems_of(number: int, file_number: str, applications: list[dict],
                context: ImportContext) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: str, value, message: str) -> None:
        shown = value.isoformat() if isinstance(value, date) else ("" if value is None else str(value))
        problems.append(Problem(number, path, shown, message))

    for index, application in enumerate(applications, start=1):
        label = {"n": index, "file": file_number}
        _application_problems(application, context.today, label, add)
        decision = application["decision"]
        if decision is not None:
            _decision_problems(application, decision, context, label, add)
    return problems


def _application_problems(application: dict, today: date, label: dict, add) -> None:
    path = application["_path"]
    # The rules of the case file (cases.validation), with the same words as the form.
    values = {name: application[name] for name in APPLICATION_FIELDS}
    for field, message in record_problems("application", values, today):
        add(f"{path}.{field}", values.get(field), message)
    status, decided = application["status"], application["decision"] is not None
    if decided and status == ApplicationStatus.OPEN:
        add(f"{path}.status", status, _(
            "Antrag %(n)s der Person %(file)s ist entschieden und kann nicht „offen“ sein.")
            % label)
    if not decided and status == ApplicationStatus.DECIDED:
        add(f"{path}.decision", "null", _(
            "Antrag %(n)s der Person %(file)s ist „entschieden“, aber ohne Entscheidung.")
            % label)


def _decision_problems(application: dict, decision: dict, context: ImportContext, label: dict,
                       add) -> None:
    path = decision["_path"]
    if decision["outcome"] == Outcome.WITHDRAWN and application["status"] != "withdrawn":
        add(f"{application['_path']}.status", application["status"], _(
            "Antrag %(n)s der Person %(file)s: Ein vor der Entscheidung zurückgenommener Antrag "
            "hat den Stand „withdrawn“.") % label)
    version = _guideline_problem(decision, context, label, add)
    _team_problem(decision, context, label, add)
    values = {**{name: decision[name] for name in DECISION_FIELDS},
              "received_on": application["received_on"],
              "guideline_version": decision["guideline_version_id"] or (
                  decision["guideline"] is not None or None), **version}
    # The rules of the case file (cases.validation), with the same words as the form.
    for field, message in record_problems("decision", values, context.today):
        shown = "guideline" if field == "guideline_version" else field
        add(f"{path}.{shown}", values.get(field), message)
    for approval in decision["approvals"]:
        _approval_problems(approval, label, add)
    if decision["approvals"] and not context.has_user:
        add(f"{path}.approvals", len(decision["approvals"]), _(
            "Antrag %(n)s der Person %(file)s: Freigaben lassen sich nur übernehmen, wenn der "
            "Import einer Person zugeschrieben wird (--user).") % label)


def _guideline_problem(decision: dict, context: ImportContext, label: dict, add) -> dict:
    """Resolve the named guideline version; return its state and validity for the rules."""
    guideline = decision["guideline"]
    decision["guideline_version_id"] = None
    if guideline is None or context.guidelines is None:
        return {}
    key = (guideline["number"], guideline["version"])
    found = context.guidelines.get(key)
    if found is None:
        add(f"{decision['_path']}.guideline", f"{key[0]} ({key[1]}. Fassung)", _(
            "Antrag %(n)s der Person %(file)s: Diese Leitlinie (Nummer und Fassung) gibt es in "
            "der Behörde nicht.") % label)
        return {}
    decision["guideline_version_id"] = found.pk
    return {"guideline_state": found.state, "guideline_valid_from": found.valid_from,
            "guideline_valid_to": found.valid_to}


def _team_problem(decision: dict, context: ImportContext, label: dict, add) -> None:
    team = decision["team"]
    if not team or context.teams is None:
        decision["team_id"] = None
        return
    decision["team_id"] = context.teams.get(team.casefold())
    if decision["team_id"] is None:
        known = ", ".join(sorted(context.team_names)) or "–"
        add(f"{decision['_path']}.team", team, _(
            "Antrag %(n)s der Person %(file)s: Unbekanntes Team; bekannt sind: %(known)s.")
            % {**label, "known": known})


def _approval_problems(approval: dict, label: dict, add) -> None:
    approval_problems(approval, _("Antrag %(n)s der Person %(file)s") % label, add)


def approval_problems(approval: dict, subject: str, add) -> None:
    """The rules of a four-eyes approval taken over from a file; `subject` names what it is
    for (an application's decision, a § 23a petition)."""
    path, state = approval["_path"], approval["state"]
    answered, requested = approval["answered_at"], approval["requested_at"]
    if state == "requested" and answered is not None:
        add(f"{path}.answered_at", answered.isoformat(), _message(subject, _(
            "Eine noch vorgelegte Freigabe hat keinen Bescheid.")))
    if state != "requested" and answered is None:
        add(f"{path}.answered_at", "", _message(subject, _(
            "Eine beschiedene Freigabe braucht den Zeitpunkt des Bescheids.")))
    if answered is not None and requested is not None and answered < requested:
        add(f"{path}.answered_at", answered.isoformat(), _message(subject, _(
            "Die Freigabe wurde vor der Vorlage beschieden.")))


def _message(subject: str, problem: str) -> str:
    return f"{subject}: {problem}"


# Import: comparing what a file gives with what is stored (to change nothing twice)


def fingerprint(applications: Iterable[dict]) -> list:
    """An order-free, id-free fingerprint of a person's applications (seconds precision)."""
    return sorted((_key(a) for a in applications), key=repr)


def _key(application: dict) -> tuple:
    decision = application["decision"]
    return (*(_plain(application[n]) for n in APPLICATION_FIELDS),
            _decision_key(decision) if decision is not None else None)


def _decision_key(decision: dict) -> tuple:
    approvals = sorted((tuple(_plain(a[n]) for n in APPROVAL_FIELDS)
                        for a in decision["approvals"]), key=repr)
    return (*(_plain(decision[n]) for n in DECISION_FIELDS), decision.get("team_id"),
            decision.get("guideline_version_id"), tuple(approvals))


def _plain(value):
    if isinstance(value, datetime):
        return value.replace(microsecond=0).timestamp()
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if value is None:
        return ""
    return value if isinstance(value, (bool, int, date)) else str(value)


def stored(person_ids: Iterable[int]) -> dict[int, list[dict]]:
    """The stored applications of these persons as parsed rows (for the fingerprint)."""
    ids = list(person_ids)
    result: dict[int, list[dict]] = {pk: [] for pk in ids}
    if not ids:
        return result
    from . import bulk

    approvals: dict[int, list[dict]] = {}
    decisions: dict[int, dict] = {}
    for condition in bulk.id_filters("person_id", ids):
        for row in ApprovalRequest.unscoped.filter(condition, decision__isnull=False).values(
                "decision_id", *APPROVAL_FIELDS, "requested_by_id", "answered_by_id"):
            approvals.setdefault(row["decision_id"], []).append(row)
        for row in Decision.unscoped.filter(condition).values(
                "id", "application_id", *DECISION_FIELDS, "team_id", "guideline_version_id",
                "decided_by_id"):
            row["approvals"] = approvals.get(row["id"], [])
            decisions[row["application_id"]] = row
        for row in Application.unscoped.filter(condition).values(
                "id", "person_id", *APPLICATION_FIELDS, "assignee_id"):
            row["decision"] = decisions.get(row["id"])
            result[row["person_id"]].append(row)
    return result


# Import: writing (the caller holds the transaction; the file has been checked)


class ApplicationWriter:
    """Replaces a person's applications when the file's differ from the stored ones."""

    def __init__(self, authority_id: int, user_id: int | None, reason: str):
        self.authority_id, self.user_id, self.reason = authority_id, user_id, reason
        self.written = self.removed = 0

    def write(self, given: dict[int, list[dict]], new_ids: set[int]) -> set[int]:
        """Write the given lists; return the existing persons whose list changed."""
        before = stored(pk for pk in given if pk not in new_ids)
        stale = {pk for pk, rows in before.items() if fingerprint(rows) != fingerprint(given[pk])}
        links = self._unlink_petitions(before, stale)
        self._delete(before, stale)
        for pk in [*new_ids & set(given), *stale]:
            self._create(pk, given[pk], before.get(pk, []))
        self._relink_petitions(links)
        return stale

    def _delete(self, before: dict[int, list[dict]], stale: set[int]) -> None:
        from . import bulk

        decision_ids = [a["decision"]["id"] for pk in stale for a in before[pk] if a["decision"]]
        # Only the decisions' approvals: a person's other approvals (closing, removal) stay.
        for model, column, ids in ((ApprovalRequest, "decision_id", decision_ids),
                                   (Decision, "person_id", stale),
                                   (Application, "person_id", stale)):
            self.removed += bulk.delete_where(model, column, ids, self.user_id, self.reason)

    def _create(self, person_id: int, rows: list[dict], old: list[dict]) -> None:
        from . import bulk

        kept = {_staff_key(a): a for a in old}
        owned = {"authority_id": self.authority_id, "person_id": person_id}
        applications = Application.unscoped.bulk_create([
            Application(**owned, **{n: a[n] for n in APPLICATION_FIELDS},
                        assignee_id=(kept.get(_staff_key(a)) or {}).get("assignee_id"))
            for a in rows])
        decided = [(app, row) for app, row in zip(applications, rows, strict=True)
                   if row["decision"] is not None]
        decisions = Decision.unscoped.bulk_create([
            Decision(**owned, application_id=app.pk, received_on=app.received_on,
                     **self._decision_values(row, kept))
            for app, row in decided])
        # Plain rows: bulk_create would stamp "requested_at" with now (auto_now_add).
        approvals = [
            {**owned, "decision_id": decision.pk, **self._approval_values(a, old_row)}
            for decision, (_app, row) in zip(decisions, decided, strict=True)
            for a, old_row in _with_old(row, kept)]
        bulk.insert_rows(ApprovalRequest, approvals)
        for model in (Application, Decision, ApprovalRequest):
            bulk.copy_to_history(model, "person_id", [person_id], self.user_id, self.reason, "+")
        self.written += len(applications) + len(decisions) + len(approvals)

    @staticmethod
    def _decision_values(row: dict, kept: dict) -> dict:
        decision = row["decision"]
        old = (kept.get(_staff_key(row)) or {}).get("decision") or {}
        return {**{n: decision[n] for n in DECISION_FIELDS}, "team_id": decision.get("team_id"),
                "guideline_version_id": decision.get("guideline_version_id"),
                "decided_by_id": old.get("decided_by_id")}

    def _approval_values(self, approval: dict, old: dict | None) -> dict:
        old = old or {}
        return {**{n: approval[n] for n in APPROVAL_FIELDS},
                "requested_by_id": old.get("requested_by_id") or self.user_id,
                "answered_by_id": old.get("answered_by_id")}

    def _unlink_petitions(self, before: dict[int, list[dict]], stale: set[int]) -> list[tuple]:
        """Petitions pointing to a decision about to be replaced: unlinked now, relinked to
        the new decision with the same day, norm and outcome after writing."""
        from wegweiser.review.models import HardshipPetition

        keys = {a["decision"]["id"]: _decision_identity(a["decision"])
                for pk in stale for a in before[pk] if a["decision"]}
        petitions = HardshipPetition.unscoped.filter(decision_id__in=list(keys))
        links = [(p.pk, p.person_id, keys[p.decision_id]) for p in petitions]
        HardshipPetition.unscoped.filter(pk__in=[pk for pk, *_rest in links]).update(decision=None)
        return links

    @staticmethod
    def _relink_petitions(links: list[tuple]) -> None:
        from wegweiser.review.models import HardshipPetition

        for petition_pk, person_id, identity in links:
            match = Decision.unscoped.filter(
                person_id=person_id, decided_on=identity[0], pathway_id=identity[1],
                outcome=identity[2]).order_by("pk").values_list("pk", flat=True).first()
            if match is not None:
                HardshipPetition.unscoped.filter(pk=petition_pk).update(decision_id=match)


def _staff_key(application: dict) -> tuple:
    return tuple(_plain(application[n]) for n in ("received_on", "subject", "pathway_id",
                                                   "channel"))


def _decision_identity(decision: dict) -> tuple:
    return decision["decided_on"], decision["pathway_id"], decision["outcome"]


def _with_old(row: dict, kept: dict) -> list[tuple[dict, dict | None]]:
    """Each approval of the file with the stored approval of the same kind and time."""
    old = (kept.get(_staff_key(row)) or {}).get("decision") or {}
    by_moment = {(a["kind"], _plain(a["requested_at"])): a for a in old.get("approvals", [])}
    return [(a, by_moment.get((a["kind"], _plain(a["requested_at"]))))
            for a in row["decision"]["approvals"]]
