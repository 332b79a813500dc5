"""The rule catalogue: every pathway and criterion with norm, kind, confidence and thresholds."""

from __future__ import annotations

from datetime import date
from typing import Any

from wegweiser.law.statute.blockers import ALL_BLOCKERS
from wegweiser.law.statute.criteria import Criterion
from wegweiser.law.statute.parameters import DEFAULT_POLICY, PARAMS_BY_NAME, Policy
from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.law.statute.texts import gettext_noop


def _criterion_entry(criterion: Criterion, as_of: date, policy: Policy) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": criterion.id, "norm": criterion.norm, "text": criterion.text,
        "kind": criterion.kind.value, "confidence": criterion.confidence.value,
    }
    param = PARAMS_BY_NAME.get(criterion.threshold or "")
    if param is not None:
        entry["threshold"] = {
            "label": param.label,
            "current": param.at(as_of, policy),
            "history": [{"from": v.start_date(policy), "value": v.value, "reference": v.reference}
                        for v in param.versions],
        }
    return entry


def catalogue(as_of: date, policy: Policy = DEFAULT_POLICY) -> list[dict[str, Any]]:
    """One entry per pathway (criteria in the statute's order), plus the blockers."""
    pathways = [
        {
            "id": p.id, "norm": p.norm, "title": p.title, "consequence": p.consequence.value,
            "rule_version": p.version_on(as_of, policy),
            "versions": [{"from": v.start_date(policy), "label": v.label} for v in p.versions],
            "criteria": [_criterion_entry(c, as_of, policy) for c in p.criteria],
        }
        for p in ALL_PATHWAYS
    ]
    blockers = {"id": "blockers", "norm": "§§ 5, 10, 11, 60a AufenthG",
                "title": gettext_noop("Übergreifende Ausschlussgründe"), "consequence": None,
                "rule_version": None, "versions": [],
                "criteria": [_criterion_entry(c, as_of, policy) for c in ALL_BLOCKERS]}
    return [blockers, *pathways]
