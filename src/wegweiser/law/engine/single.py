"""Single-case evaluation: facts -> features -> criteria -> verdicts (see rules.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from wegweiser.law.engine.expr import Env
from wegweiser.law.engine.facts import CaseFacts
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.logic import CriterionResult, Tri
from wegweiser.law.engine.rules import column_stages
from wegweiser.law.engine.verdict import (
    EXCEPTION_TEXT,
    VERDICT_TEXT,
    WAIVER_TEXT,
    CaseVerdict,
    PathwayVerdict,
    Verdict,
)
from wegweiser.law.statute.blockers import ALL_BLOCKERS
from wegweiser.law.statute.criteria import Criterion, Kind
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy, resolve
from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.law.statute.pathways.base import Pathway
from wegweiser.law.statute.texts import Text, gettext_noop

REASON_MET_ON = gettext_noop("%(reason)s – voraussichtlich erfüllt ab %(day)s")
REASON_LOST_ON = gettext_noop("%(reason)s – entfällt am %(day)s")


def evaluate(facts: CaseFacts, as_of: date, policy: Policy = DEFAULT_POLICY) -> CaseVerdict:
    return evaluate_features(facts.person_id, compute_features(facts, as_of, policy), as_of, policy)


def evaluate_features(person_id: str, features: dict[str, Any], as_of: date,
                      policy: Policy = DEFAULT_POLICY) -> CaseVerdict:
    """`evaluate` for features already computed (a caller that also needs the features)."""
    row = evaluate_row(features, as_of, policy)
    return CaseVerdict(
        person_id=person_id,
        as_of=as_of,
        pathways=tuple(_pathway_verdict(p, row, as_of, policy) for p in ALL_PATHWAYS),
        blockers=tuple(_result(c, row) for c in ALL_BLOCKERS),
        rule_versions={p.id: p.version_on(as_of, policy) for p in ALL_PATHWAYS},
    )


def evaluate_row(features: dict[str, Any], as_of: date, policy: Policy = DEFAULT_POLICY,
                 explain: bool = True) -> dict:
    """Add criterion, flag and verdict columns to one feature row (same columns as batch);
    without `explain`, no deciding criteria (the text columns cost the most)."""
    env = Env(as_of, resolve(as_of, policy))
    row = dict(features)
    for columns in column_stages(as_of, explain):
        for name, expr in columns:
            row[name] = expr.ev(row, env)
    return row


def _result(criterion: Criterion, row: dict[str, Any]) -> CriterionResult:
    status = Tri.of(row[criterion.column])
    met_on = row.get(criterion.column + ":met_on") if status is Tri.NOT_MET else None
    lost_on = row.get(criterion.column + ":lost_on") if status is Tri.MET else None
    reason = _reason(criterion, status)
    if met_on is not None:
        reason = Text(REASON_MET_ON, reason=reason, day=met_on)
    if lost_on is not None:
        reason = Text(REASON_LOST_ON, reason=reason, day=lost_on)
    return CriterionResult(criterion.id, status, reason, met_on, lost_on, _used_facts(criterion))


@cache
def _reason(criterion: Criterion, status: Tri) -> Text:
    """The reason text of a criterion in a status (built once: texts are immutable)."""
    return criterion.reason(status)


@cache
def _used_facts(criterion: Criterion) -> tuple[str, ...]:
    """Features a criterion reads (walks its expression tree: once per criterion)."""
    return tuple(sorted(criterion.test.features()))


def _pathway_verdict(pathway: Pathway, row: dict[str, Any], as_of: date,
                     policy: Policy) -> PathwayVerdict:
    key = f"v:{pathway.id}"
    verdict = Verdict(row[key])
    results = tuple(_result(c, row) for c in pathway.criteria)
    by_id = {c.id: c for c in pathway.criteria}

    def texts(select: Callable[[Criterion], bool], *statuses: Tri) -> tuple[str, ...]:
        return tuple(r.reason for r in results
                     if select(by_id[r.criterion_id]) and r.status in statuses)

    def regular(c: Criterion) -> bool:
        return c.kind is Kind.REGULAR and not c.caps

    # A Regelvoraussetzung that time will mend (residence still running) is no atypical case.
    exceptions: tuple[str, ...] = tuple(
        Text("%(label)s: %(reason)s", label=Text(EXCEPTION_TEXT), reason=r.reason)
        for r in results if regular(by_id[r.criterion_id]) and r.status is Tri.NOT_MET
        and r.met_on is None)
    exceptions += texts(regular, Tri.UNKNOWN)
    waivers = tuple(
        Text("%(label)s: %(reason)s", label=Text(WAIVER_TEXT, norm=by_id[r.criterion_id].waiver),
             reason=r.reason)
        for r in results if by_id[r.criterion_id].caps and r.status is not Tri.MET)
    flags = tuple(Text.from_values(f.text, row) for f in pathway.flags if row[f"f:{f.id}"])
    floor = row.get(key + ":floor")
    return PathwayVerdict(
        pathway_id=pathway.id, norm=pathway.norm, title=pathway.title, verdict=verdict,
        summary=_summary(pathway, verdict, row[key + ":date"]),
        rule_version=pathway.version_on(as_of, policy),
        pending_date=row[key + ":date"] if verdict is Verdict.PENDING_TIME else None,
        deadline=row[key + ":deadline"],
        criteria=results, exceptions_needed=exceptions, waivers_needed=waivers,
        discretion_factors=texts(lambda c: c.kind in (Kind.DISCRETION_FACTOR, Kind.UPGRADE),
                                 *Tri),
        flags=flags,
        deciding=tuple(filter(None, (row.get(key + ":deciding") or "").split(","))),
        floor=Verdict(floor) if floor else None,
        upgrade_on=row.get(key + ":upgrade_on"),
    )


def _summary(pathway: Pathway, verdict: Verdict, pending: date | None) -> Text:
    label = pathway.available_text if verdict is Verdict.EXPIRED else VERDICT_TEXT[verdict]
    if verdict is Verdict.PENDING_TIME and pending is not None:
        return Text("%(norm)s: %(verdict)s %(day)s", norm=pathway.norm, verdict=Text(label),
                    day=pending)
    return Text("%(norm)s: %(verdict)s", norm=pathway.norm, verdict=Text(label))
