"""One person evaluated live: the explanation page shows it, a decision freezes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from wegweiser.cases.models import Person
from wegweiser.law.engine.facts import CaseFacts
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.single import evaluate_features
from wegweiser.law.engine.verdict import CaseVerdict
from wegweiser.law.statute.parameters import Policy

from .facts import as_seen_by, case_facts
from .policy import policy_for


@dataclass(frozen=True)
class PersonEvaluation:
    facts: CaseFacts
    features: dict[str, Any]
    verdict: CaseVerdict
    policy: Policy


def evaluate_person(person: Person, as_of: date, may_see_criminal: bool = True) -> PersonEvaluation:
    """The file's facts on `as_of`, as the role may know them, under the authority's policy."""
    facts = as_seen_by(case_facts(person, as_of), may_see_criminal)
    policy = policy_for(person.authority_id)
    features = compute_features(facts, as_of, policy)
    verdict = evaluate_features(facts.person_id, features, as_of, policy)
    return PersonEvaluation(facts, features, verdict, policy)
