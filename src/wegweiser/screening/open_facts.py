"""The facts whose absence keeps a verdict open, for one person: what the explanation page lists
under "Was fehlt" and what a case conference is told is still unknown (review/preparation.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from wegweiser.cases.models import Person
from wegweiser.law.engine.expr import Env
from wegweiser.law.statute.blockers import ALL_BLOCKERS
from wegweiser.law.statute.parameters import Policy, resolve
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID

from .explain import MissingFact, missing_facts, undecided_record_facts
from .single import evaluate_person


def criteria_with_results(verdict) -> list[tuple[Any, Any]]:
    """Every criterion of every evaluated pathway and every blocker beside its result."""
    pairs: list[tuple[Any, Any]] = []
    for result in verdict.pathways:
        criteria = PATHWAYS_BY_ID[result.pathway_id].criteria
        by_id = {r.criterion_id: r for r in result.criteria}
        pairs += [(c, by_id[c.id]) for c in criteria]
    pairs += list(zip(ALL_BLOCKERS, verdict.blockers, strict=True))
    return pairs


def missing_of(verdict, features: dict[str, Any], person: Person, as_of: date, policy: Policy,
               show_criminal: bool) -> list[MissingFact]:
    pairs = criteria_with_results(verdict)
    return missing_facts(pairs, features, show_criminal) + undecided_record_facts(
        pairs, features, person, Env(as_of, resolve(as_of, policy)))


def open_facts(person: Person, as_of: date, show_criminal: bool) -> list[MissingFact]:
    """Evaluated now, as the explanation page does (same engine, same policy)."""
    evaluation = evaluate_person(person, as_of, show_criminal)
    return missing_of(evaluation.verdict, evaluation.features, person, as_of, evaluation.policy,
                      show_criminal)
