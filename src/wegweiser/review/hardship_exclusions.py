"""The exclusion grounds of a petition, from the law engine's § 23a pathway and HFKVO § 5.

The person is evaluated as the explanation page evaluates one person (facts as the viewer may
see them, the authority's policy, today); the verified grounds of the ordinance
(review/hfkvo.py) are listed beside the criterion that covers them, or marked for a check in
the file where the engine has no criterion.
"""

from dataclasses import dataclass
from datetime import date

from wegweiser.accounts.roles import can
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.single import evaluate_features
from wegweiser.law.engine.verdict import VERDICT_TEXT
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.screening.explain import CriterionRow, criterion_rows
from wegweiser.screening.facts import as_seen_by, case_facts
from wegweiser.screening.law_texts import law_text
from wegweiser.screening.policy import policy_for

from .hfkvo import GROUNDS, MANDATORY, Ground

P23A = "p23a"


@dataclass
class GroundRow:
    ground: Ground
    mandatory: bool
    covered_by: CriterionRow | None  # None: not in the engine, check the file


def exclusion_rows(person, user, today: date) -> dict:
    show_criminal = can(user, "case.view_criminal")
    policy = policy_for(person.authority_id)
    facts = as_seen_by(case_facts(person, today), show_criminal)
    verdict = evaluate_features(facts.person_id, compute_features(facts, today, policy), today,
                                policy).pathway(P23A)
    pathway = PATHWAYS_BY_ID[P23A]
    rows = criterion_rows(pathway.criteria, verdict.criteria, show_criminal)
    by_id = {row.criterion.id: row for row in rows}
    return {
        "as_of": today, "verdict": verdict, "verdict_text": law_text(VERDICT_TEXT[verdict.verdict]),
        "summary": law_text(verdict.summary), "rows": rows,
        "grounds": [GroundRow(g, g.kind == MANDATORY, by_id.get(g.criterion or ""))
                    for g in GROUNDS],
    }
