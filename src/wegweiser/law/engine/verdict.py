"""From criterion results to a pathway verdict - one rule, written once as expressions.

The rule for *known* criteria (also in docs/law/README.md), applied in this order:

1. Norm not in force on the date (as modelled)              -> NOT_IN_FORCE
2. Pathway closed for new grants (``available`` false)      -> EXPIRED
3. The person is not of the norm's circle (SCOPE not met)   -> NOT_MET
4. An EXCLUSION criterion not met                           -> BLOCKED
5. A HARD criterion, or a REGULAR one the office cannot waive, not met and not reachable by
   time                                                     -> NOT_MET ("atypischen Fall
   prüfen" for a Regelvoraussetzung)
6. Such a criterion not yet reached by time                 -> PENDING_TIME on the latest such
   date - unless a deadline (``lost_on``) comes first       -> NOT_MET
7. Otherwise the legal consequence: ENTITLEMENT / SHOULD / MAY.  An UPGRADE criterion met
   turns MAY into SHOULD; a criterion the office may waive by discretion (WAIVABLE, or REGULAR
   with a ``waiver`` norm) not met caps the result at MAY.

Unknown criteria (the general rule for unknown facts): the verdict is the one that every
possible value of the unknown criteria agrees on; where they disagree it is UNKNOWN.  The rule
above is monotone - a criterion met never gives a worse result than the same criterion not met
(NOT_MET, BLOCKED and EXPIRED rank lowest, then PENDING_TIME by date, MAY, SHOULD,
ENTITLEMENT) - so it is enough to evaluate it twice: once with every unknown criterion met
(best case) and once with every unknown criterion not met and never reachable (worst case).
Equal results are the verdict; two negative results (e.g. "not in the circle" and "blocked")
give the best case's (a certain bar stays BLOCKED under an unknown circle); anything else is
UNKNOWN, with the worst case kept as ``floor`` ("mindestens kann").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import polars as pl

from wegweiser.law.engine.expr import (
    NO_DATE,
    NO_TEXT,
    And,
    Coalesce,
    CountTrue,
    Earliest,
    Expr,
    F,
    IsNull,
    JoinTexts,
    LatestKnown,
    Lit,
    MapValues,
    Not,
    Or,
    When,
)
from wegweiser.law.engine.logic import CriterionResult
from wegweiser.law.statute.criteria import Criterion, Kind
from wegweiser.law.statute.parameters import IN_FORCE
from wegweiser.law.statute.pathways.base import Entitlement, Pathway
from wegweiser.law.statute.texts import gettext_noop


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
EXCEPTION_TEXT = gettext_noop("Regelvoraussetzung nicht erfüllt – atypischen Fall prüfen")
WAIVER_TEXT = gettext_noop("Ausnahme nach Ermessen (%(norm)s)")
CONSEQUENCE_VERDICT = {
    Entitlement.BOUND: Verdict.ENTITLEMENT,
    Entitlement.SHOULD: Verdict.SHOULD,
    Entitlement.MAY: Verdict.MAY,
}
# Verdicts as small integers while the two cases are computed (cheap in Polars), ordered
# so that the negative ones come first.
CODES = {v: i for i, v in enumerate((
    Verdict.NOT_IN_FORCE, Verdict.EXPIRED, Verdict.BLOCKED, Verdict.NOT_MET, Verdict.UNKNOWN,
    Verdict.PENDING_TIME, Verdict.MAY, Verdict.SHOULD, Verdict.ENTITLEMENT))}
NEGATIVE = (Verdict.EXPIRED, Verdict.BLOCKED, Verdict.NOT_MET)
POSITIVE = (Verdict.MAY, Verdict.SHOULD, Verdict.ENTITLEMENT)


def _code(verdict: Verdict) -> Lit:
    return Lit(CODES[verdict], pl.Int8)  # one byte per person and pathway in the batch


def _is(code: Expr, *verdicts: Verdict) -> Expr:
    return Or(*(code.eq(CODES[v]) for v in verdicts))


def _c(criterion: Criterion) -> Expr:
    return F(criterion.column)


def _met_on(criterion: Criterion) -> Expr:
    return F(criterion.column + ":met_on") if criterion.met_on is not None else NO_DATE


def _met_on_best(criterion: Criterion) -> Expr:
    if criterion.met_on_best is None:
        return _met_on(criterion)
    return F(criterion.column + ":met_on_best")


def _lost_on(criterion: Criterion) -> Expr:
    return F(criterion.column + ":lost_on") if criterion.lost_on is not None else NO_DATE


def _of(pathway: Pathway, *kinds: Kind) -> list[Criterion]:
    return [c for c in pathway.criteria if c.kind in kinds]


def required(pathway: Pathway) -> list[Criterion]:
    """Criteria whose failure decides against the person (unless time will mend it)."""
    return [c for c in pathway.criteria if c.kind is Kind.HARD
            or (c.kind is Kind.REGULAR and not c.caps)]


def capping(pathway: Pathway) -> list[Criterion]:
    return [c for c in pathway.criteria if c.caps]


@dataclass(frozen=True)
class _Case:
    """One completion of the unknown criteria: all met (best) or all failing for good."""

    best: bool

    def value(self, criterion: Criterion) -> Expr:
        return Coalesce(_c(criterion), Lit(self.best))

    def met_on(self, criterion: Criterion) -> Expr:
        if self.best:  # only read where the criterion is known and not met
            return _met_on_best(criterion)
        return When(IsNull(_c(criterion)), NO_DATE, _met_on(criterion))

    def available(self, pathway: Pathway) -> Expr:
        return Coalesce(pathway.available, Lit(self.best))


def _pending_date(pathway: Pathway, case: _Case) -> Expr:
    return LatestKnown(*(When(Not(case.value(c)), case.met_on(c), NO_DATE)
                         for c in required(pathway)))


def _case_code(pathway: Pathway, case: _Case, deadline: Expr) -> Expr:
    """The verdict code of the known-criteria rule (module docstring, steps 2-7)."""
    pending = _pending_date(pathway, case)
    steps: list[tuple[Expr, Expr]] = [
        (Not(case.available(pathway)), _code(Verdict.EXPIRED)),
        (Or(*(Not(case.value(c)) for c in _of(pathway, Kind.SCOPE))), _code(Verdict.NOT_MET)),
        (Or(*(Not(case.value(c)) for c in _of(pathway, Kind.EXCLUSION))),
         _code(Verdict.BLOCKED)),
        (Or(*(And(Not(case.value(c)), IsNull(case.met_on(c))) for c in required(pathway))),
         _code(Verdict.NOT_MET)),
        (Not(IsNull(pending)),
         When(pending >= deadline, _code(Verdict.NOT_MET), _code(Verdict.PENDING_TIME))),
    ]
    code = _consequence(pathway, case)
    for condition, outcome in reversed(steps):
        code = When(condition, outcome, code)
    return code


def _consequence(pathway: Pathway, case: _Case) -> Expr:
    code: Expr = _code(CONSEQUENCE_VERDICT[pathway.consequence])
    for upgrade in _of(pathway, Kind.UPGRADE):
        code = When(case.value(upgrade), _code(Verdict.SHOULD), code)
    caps = capping(pathway)
    if caps:
        code = When(Or(*(Not(case.value(c)) for c in caps)), _code(Verdict.MAY), code)
    return code


def _deadline(pathway: Pathway) -> Expr:
    decisive = _of(pathway, Kind.SCOPE, Kind.HARD, Kind.REGULAR, Kind.EXCLUSION)
    return Earliest(*(_lost_on(c) for c in decisive))


def verdict_exprs(pathway: Pathway, as_of: date) -> dict[str, Expr]:
    """Columns ``x:<id>:best`` / ``x:<id>:worst`` (codes of the two cases), the best case's
    pending date ``x:<id>:best_date`` and whether the worst case's is the same
    (``x:<id>:same_date``); `final_exprs` combines them."""
    first, last = IN_FORCE[pathway.id]
    in_force = first <= as_of and (last is None or as_of <= last)
    deadline = _deadline(pathway)
    columns: dict[str, Expr] = {f"v:{pathway.id}:deadline": deadline}
    for name, case in (("best", _Case(True)), ("worst", _Case(False))):
        code = _case_code(pathway, case, deadline)
        columns[f"x:{pathway.id}:{name}"] = When(Lit(not in_force),
                                                 _code(Verdict.NOT_IN_FORCE), code)
        if case.best:
            columns[f"x:{pathway.id}:best_date"] = _pending_date(pathway, case)
        else:  # only compared with the best case's day: a flag instead of a second date
            columns[f"x:{pathway.id}:same_date"] = _pending_date(pathway, case).eq(
                _pending_date(pathway, _Case(True)))
    regular = _of(pathway, Kind.REGULAR)
    columns[f"v:{pathway.id}:exceptions"] = CountTrue(*(Or(Not(_c(c)), IsNull(_c(c)))
                                                        for c in regular))
    for upgrade in _of(pathway, Kind.UPGRADE):  # § 25 Abs. 5 Satz 2: the day "kann" becomes "soll"
        columns[f"v:{pathway.id}:upgrade_on"] = When(Not(_c(upgrade)), _met_on(upgrade), NO_DATE)
    return columns


VERDICT_OF_CODE = tuple((code, verdict.value) for verdict, code in CODES.items())


def final_exprs(pathway: Pathway) -> dict[str, Expr]:
    """``v:<id>`` (verdict), ``v:<id>:date`` (pending date of the verdict, else the earliest
    possible one), ``v:<id>:floor`` (UNKNOWN: the least the person can expect, if positive)."""
    key = f"x:{pathway.id}"
    best, worst = F(f"{key}:best"), F(f"{key}:worst")
    best_date = F(f"{key}:best_date")
    pending = _is(best, Verdict.PENDING_TIME)
    same = And(best.eq(worst), Or(Not(pending), F(f"{key}:same_date")))
    negative = And(_is(best, *NEGATIVE), _is(worst, *NEGATIVE))
    code = When(Or(same, negative), best, _code(Verdict.UNKNOWN))
    return {
        f"v:{pathway.id}": MapValues(code, VERDICT_OF_CODE),
        f"v:{pathway.id}:date": When(pending, best_date, NO_DATE),
        f"v:{pathway.id}:floor": When(And(Not(Or(same, negative)), _is(worst, *POSITIVE)),
                                      MapValues(worst, VERDICT_OF_CODE), NO_TEXT),
    }


def deciding_expr(pathway: Pathway) -> Expr:
    """``v:<id>:deciding``: the criteria that decide the verdict, comma-separated ids.

    UNKNOWN: every open criterion; NOT_MET: the circle not met, else the requirements that
    fail for good (or miss the deadline) and the criteria whose deadline comes first; BLOCKED:
    the bars; PENDING_TIME: the time criteria reached last; MAY below the norm's consequence:
    the criteria to be waived; SHOULD from an UPGRADE: that criterion.  One list per verdict,
    so that a single case evaluates only the conditions of its own verdict.
    """
    date_, deadline = F(f"v:{pathway.id}:date"), F(f"v:{pathway.id}:deadline")
    needed = required(pathway)
    # Known to fail (an unknown circle is not a failed one: the failing requirement decides).
    scope_failed = Or(*(Coalesce(Not(_c(c)), Lit(False)) for c in _of(pathway, Kind.SCOPE)))
    missed = F(f"x:{pathway.id}:best_date") >= deadline

    def open_(c: Criterion) -> Expr | None:
        """Unknown, or not met with a day that is only known as a range (birth year only, a
        job with unknown hours): either makes the result open."""
        if c.kind is Kind.DISCRETION_FACTOR:
            return None
        if c.met_on_best is None or c not in needed:
            return IsNull(_c(c))
        ranged = Or(IsNull(_met_on(c)), Not(_met_on(c).eq(_met_on_best(c))))
        return Or(IsNull(_c(c)), And(Not(_c(c)), Not(IsNull(_met_on_best(c))), ranged))

    def not_met(c: Criterion) -> Expr | None:
        if c.kind is Kind.SCOPE:
            return Not(_c(c))
        if c not in needed:
            return None
        never = Or(IsNull(_met_on(c)), _met_on(c) >= deadline)
        return And(Not(scope_failed), Or(And(Not(_c(c)), never),
                                         And(_c(c), missed, _lost_on(c).eq(deadline))))

    rules: dict[Verdict, Callable[[Criterion], Expr | None]] = {
        Verdict.UNKNOWN: open_,
        Verdict.NOT_MET: not_met,
        Verdict.BLOCKED: lambda c: Not(_c(c)) if c.kind is Kind.EXCLUSION else None,
        Verdict.PENDING_TIME: lambda c: And(Not(_c(c)), _met_on(c).eq(date_)) if c in needed
        else None,
        Verdict.MAY: lambda c: Not(_c(c)) if c.caps else None,
        Verdict.SHOULD: lambda c: _c(c) if c.kind is Kind.UPGRADE else None,
    }
    verdict = F(f"v:{pathway.id}")
    deciding: Expr = Lit("")
    for verdict_, rule in rules.items():
        conditions = [(c, rule(c)) for c in pathway.criteria]
        listed = JoinTexts(*(When(cond, Lit(c.id), NO_TEXT)
                             for c, cond in conditions if cond is not None))
        deciding = When(verdict.eq(verdict_.value), listed, deciding)
    return deciding


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
    exceptions_needed: tuple[str, ...]  # Regelvoraussetzungen not met (atypical case) / unknown
    waivers_needed: tuple[str, ...]  # criteria to waive by discretion, with the waiver norm
    discretion_factors: tuple[str, ...]
    flags: tuple[str, ...]
    deciding: tuple[str, ...] = ()  # ids of the criteria that decide the verdict
    floor: Verdict | None = None  # UNKNOWN: the least the person can expect ("mindestens")
    upgrade_on: date | None = None  # MAY: day it becomes SHOULD (§ 25 Abs. 5 Satz 2)


@dataclass(frozen=True)
class CaseVerdict:
    person_id: str
    as_of: date
    pathways: tuple[PathwayVerdict, ...]
    blockers: tuple[CriterionResult, ...]  # cross-cutting, evaluated once
    rule_versions: dict[str, str | None]

    def pathway(self, pathway_id: str) -> PathwayVerdict:
        return next(p for p in self.pathways if p.pathway_id == pathway_id)
