"""What a decision freezes when it is recorded: the law engine's verdict on the decision date
and the team responsible for the person.

The snapshot is evaluated exactly as the explanation page evaluates one person
(`screening.single.evaluate_person`), with the full file (criminal record included) and the
authority's policy, as of the decision date. Later changes to the file do not touch it, so the
decision-practice analysis compares the decision with what the law allowed on that day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils import timezone

from wegweiser.accounts.models import Team
from wegweiser.law.engine.verdict import PathwayVerdict
from wegweiser.law.statute.parameters import DEFAULT_POLICY
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.screening.single import evaluate_person

from .decision_similarity import similarity_features
from .models import Person
from .names import fold


def take_snapshot(person: Person, pathway_id: str, as_of: date) -> tuple[str, dict[str, Any]]:
    """(verdict of the pathway or "", snapshot) for the person on `as_of`.

    The snapshot holds the verdict of every pathway (for comparisons across norms) and, for the
    decision's pathway, the verdict, the floor of an open verdict, the deciding criteria with
    norm and text, the rule version and the day a pending time is reached.
    """
    evaluation = evaluate_person(person, as_of)
    snapshot: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "taken_at": timezone.now().isoformat(timespec="seconds"),
        "policy_changed": evaluation.policy != DEFAULT_POLICY,
        "verdicts": {p.pathway_id: p.verdict.value for p in evaluation.verdict.pathways},
        # For the consistency alerts of the decision-practice analysis (decision 0007).
        "similarity": similarity_features(evaluation.features, as_of),
    }
    if not pathway_id:
        return "", snapshot
    result = evaluation.verdict.pathway(pathway_id)
    snapshot.update(_pathway_part(result))
    return result.verdict.value, snapshot


def _pathway_part(result: PathwayVerdict) -> dict[str, Any]:
    criteria = {c.id: c for c in PATHWAYS_BY_ID[result.pathway_id].criteria}
    statuses = {r.criterion_id: r.status.value for r in result.criteria}
    return {
        "pathway_id": result.pathway_id,
        "norm": result.norm,
        "verdict": result.verdict.value,
        "floor": result.floor.value if result.floor else None,
        "rule_version": result.rule_version,
        "pending_date": result.pending_date.isoformat() if result.pending_date else None,
        # Texts stay German (the law's marked originals); the page translates them.
        "deciding": [{"id": cid, "norm": criteria[cid].norm, "text": criteria[cid].text,
                      "status": statuses[cid]} for cid in result.deciding],
    }


def team_for(person: Person, decider) -> Team | None:
    """The team whose range of family names holds the person's initial, else the decider's."""
    initial = fold(person.family_name)[:1].upper()
    if initial:
        for team in Team.objects.filter(authority_id=person.authority_id):
            low, high = team.letters_from.upper(), team.letters_to.upper()
            if low and high and low <= initial <= high:
                return team
    return getattr(decider, "team", None)
