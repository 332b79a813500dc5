"""From criterion results to a pathway verdict - one rule, written once as expressions.

The rule (also in docs/law/README.md), applied in this order:

1. Norm not in force on the date (as modelled)            -> NOT_IN_FORCE
2. Pathway closed for new grants (``available`` false)    -> EXPIRED
3. The person is not of the norm's circle (SCOPE not met) -> NOT_MET
4. An EXCLUSION criterion not met                         -> BLOCKED
5. A HARD criterion not met and not reachable by time     -> NOT_MET
6. A SCOPE, HARD or EXCLUSION criterion unknown           -> UNKNOWN
7. A time criterion (HARD or REGULAR) not yet reached     -> PENDING_TIME on the latest such
   date - unless a deadline (``lost_on``) comes first     -> NOT_MET
8. Otherwise the legal consequence: ENTITLEMENT / SHOULD / MAY.  An UPGRADE criterion met
   turns MAY into SHOULD; a WAIVABLE criterion not met caps the result at MAY.
An unknown SCOPE does not hide a certain answer: an exclusion or a missing requirement that
holds for everyone in the circle still gives BLOCKED / NOT_MET.
REGULAR criteria not met (or unknown) never change the verdict; they are counted in
``exceptions_open`` and listed as "Regelvoraussetzung nicht erfüllt – Ausnahme prüfen".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from wegweiser.law.criteria import Criterion, Kind
from wegweiser.law.expr import (
    NO_DATE,
    And,
    CountTrue,
    Earliest,
    Expr,
    F,
    IsNull,
    LatestKnown,
    Lit,
    Not,
    Or,
    When,
)
from wegweiser.law.logic import CriterionResult
from wegweiser.law.parameters import IN_FORCE
from wegweiser.law.pathways.base import Entitlement, Pathway
from wegweiser.law.texts import gettext_noop


class Verdict(StrEnum):
    ENTITLEMENT = "entitlement"
    SHOULD = "should"
    MAY = "may"
    PENDING_TIME = "pending_time"
    UNKNOWN = "unknown"
    NOT_MET = "not_met"
    BLOCKED = "blocked"
    EXPIRED = "expired"
    NOT_IN_FORCE = "not_in_force"


VERDICT_TEXT = {
    Verdict.ENTITLEMENT: gettext_noop("Anspruch (gebundene Entscheidung)"),
    Verdict.SHOULD: gettext_noop("In der Regel zu erteilen (Soll)"),
    Verdict.MAY: gettext_noop("Ermessen eröffnet (Kann)"),
    Verdict.PENDING_TIME: gettext_noop("Voraussichtlich erfüllt ab"),
    Verdict.UNKNOWN: gettext_noop("Offen – Angaben fehlen"),
    Verdict.NOT_MET: gettext_noop("Voraussetzungen nicht erfüllt"),
    Verdict.BLOCKED: gettext_noop("Ausgeschlossen"),
    Verdict.EXPIRED: gettext_noop("Für Neuerteilungen geschlossen"),
    Verdict.NOT_IN_FORCE: gettext_noop("Norm zum Stichtag nicht in Kraft (oder nicht modelliert)"),
}
EXCEPTION_TEXT = gettext_noop("Regelvoraussetzung nicht erfüllt – Ausnahme prüfen")
CONSEQUENCE_VERDICT = {
    Entitlement.BOUND: Verdict.ENTITLEMENT,
    Entitlement.SHOULD: Verdict.SHOULD,
    Entitlement.MAY: Verdict.MAY,
}


def _c(criterion: Criterion) -> Expr:
    return F(criterion.column)


def _met_on(criterion: Criterion) -> Expr:
    return F(criterion.column + ":met_on") if criterion.met_on is not None else NO_DATE


def _lost_on(criterion: Criterion) -> Expr:
    return F(criterion.column + ":lost_on") if criterion.lost_on is not None else NO_DATE


def _of(pathway: Pathway, *kinds: Kind) -> list[Criterion]:
    return [c for c in pathway.criteria if c.kind in kinds]


def verdict_exprs(pathway: Pathway, as_of: date) -> dict[str, Expr]:
    """Columns ``v:<id>`` (verdict), ``v:<id>:date`` (pending date), ``v:<id>:deadline``,
    ``v:<id>:exceptions`` (REGULAR criteria open)."""
    hard = _of(pathway, Kind.HARD)
    timed = _of(pathway, Kind.HARD, Kind.REGULAR)
    decisive = _of(pathway, Kind.SCOPE, Kind.HARD, Kind.EXCLUSION)
    failing_timed = [When(Not(_c(c)), _met_on(c), NO_DATE) for c in timed]
    pending_date = LatestKnown(*failing_timed)
    deadline = Earliest(*(_lost_on(c) for c in decisive), *(_lost_on(c) for c in timed))
    first, last = IN_FORCE[pathway.id]
    in_force = first <= as_of and (last is None or as_of <= last)
    pending = When(pending_date >= deadline, Lit(Verdict.NOT_MET.value),
                   Lit(Verdict.PENDING_TIME.value))
    steps: list[tuple[Expr, Expr]] = [
        (Lit(not in_force), Lit(Verdict.NOT_IN_FORCE.value)),
        (Not(pathway.available), Lit(Verdict.EXPIRED.value)),
        (Or(*(Not(_c(c)) for c in _of(pathway, Kind.SCOPE))), Lit(Verdict.NOT_MET.value)),
        (Or(*(Not(_c(c)) for c in _of(pathway, Kind.EXCLUSION))), Lit(Verdict.BLOCKED.value)),
        (Or(*(And(Not(_c(c)), IsNull(_met_on(c))) for c in hard)), Lit(Verdict.NOT_MET.value)),
        (Or(IsNull(pathway.available), *(IsNull(_c(c)) for c in decisive)),
         Lit(Verdict.UNKNOWN.value)),
        (Not(IsNull(pending_date)), pending),
    ]
    verdict: Expr = _consequence(pathway)
    for condition, outcome in reversed(steps):
        verdict = When(condition, outcome, verdict)
    regular_open = CountTrue(*(Or(Not(_c(c)), IsNull(_c(c))) for c in _of(pathway, Kind.REGULAR)))
    return {
        f"v:{pathway.id}": verdict,
        f"v:{pathway.id}:date": pending_date,
        f"v:{pathway.id}:deadline": deadline,
        f"v:{pathway.id}:exceptions": regular_open,
    }


def _consequence(pathway: Pathway) -> Expr:
    base: Expr = Lit(CONSEQUENCE_VERDICT[pathway.consequence].value)
    for upgrade in _of(pathway, Kind.UPGRADE):
        base = When(_c(upgrade), Lit(Verdict.SHOULD.value), base)
    waivable = _of(pathway, Kind.WAIVABLE)
    if waivable and pathway.consequence is not Entitlement.MAY:
        base = When(Or(*(Not(_c(c)) for c in waivable)), Lit(Verdict.MAY.value), base)
    return base


@dataclass(frozen=True)
class PathwayVerdict:
    pathway_id: str
    norm: str
    title: str
    verdict: Verdict
    summary: str  # German one-liner (a texts.Text)
    rule_version: str | None
    pending_date: date | None  # PENDING_TIME: first day all time thresholds are reached
    deadline: date | None  # earliest day a met criterion is lost (27th birthday, ...)
    criteria: tuple[CriterionResult, ...]
    exceptions_needed: tuple[str, ...]  # REGULAR criteria not met/unknown
    waivers_needed: tuple[str, ...]  # WAIVABLE criteria not met (discretion)
    discretion_factors: tuple[str, ...]
    flags: tuple[str, ...]


@dataclass(frozen=True)
class CaseVerdict:
    person_id: str
    as_of: date
    pathways: tuple[PathwayVerdict, ...]
    blockers: tuple[CriterionResult, ...]  # cross-cutting, evaluated once
    rule_versions: dict[str, str | None]

    def pathway(self, pathway_id: str) -> PathwayVerdict:
        return next(p for p in self.pathways if p.pathway_id == pathway_id)
