"""Per-person features as of a date: the only input the criteria see.

`compute_features` is the single-person implementation; batch_features.py computes the same
columns for many persons with Polars (a property test checks they agree).  A feature is
``None`` (null) when the underlying fact is unknown.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import polars as pl

from wegweiser.law.engine import convictions as crim
from wegweiser.law.engine.dates import add_months
from wegweiser.law.engine.facts import DULDUNG_KINDS, CaseFacts, StatusKind, TrainingRecord
from wegweiser.law.engine.record_variants import qualified_job, social_job, successful_school
from wegweiser.law.engine.timeline import COUNT as TL_COUNT
from wegweiser.law.engine.timeline import (
    P104C_REFERENCE_DAY,
    STATUS_VARIANTS,
    Chain,
    Interval,
    classify,
    current_chain,
)
from wegweiser.law.statute import declarations
from wegweiser.law.statute.asylum import asylum_features
from wegweiser.law.statute.employment_ban import nr3_ban
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy, resolve

LEVELS = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
P104C_BASES = ("§ 104c",)
# Berufsausbildungen of § 60c Abs. 1 Satz 1 Nr. 1 (a: qualified, b: assistant/helper)
TRAINING_60C_KINDS = ("qualified", "assistant", "care_aid")

# Facts passed through unchanged (bool | None), from the one declaration of facts.
PASS_THROUGH = declarations.PASS_THROUGH
CHAINS = ("res", "res60b", "dul", "dul60d", "stichtag", "emp_c", "emp_p", "qemp_c", "qemp_p")

SCHEMA: dict[str, Any] = {
    "birth_earliest": pl.Date, "birth_latest": pl.Date, "entry_date": pl.Date,
    "identity_clarified_since": pl.Date, "p104c_application_date": pl.Date,
    "livelihood_share": pl.Float64,
    "spouse_crim_strict_max": pl.Boolean, "spouse_crim_strict_min": pl.Boolean,
    "current_kind": pl.String, "geduldet": pl.Boolean, "gestattet": pl.Boolean,
    "p104c_holder": pl.Boolean, "p104c_expiry": pl.Date,
    "lang_oral": pl.Int64, "lang_written": pl.Int64,
    "school_days_certain": pl.Int64, "school_days_possible": pl.Int64,
    "school_qualification": pl.Boolean,
    "training_kind": pl.String, "training_bottleneck": pl.Boolean,
    "training_registered": pl.Boolean, "training_completed_qualified": pl.Boolean,
    "training_completed_care_aid": pl.Boolean, "training_started_gestattet": pl.Boolean,
    "training_completed_60c": pl.Boolean,
    "has_minor_child": pl.Boolean, "youngest_child_adult_on": pl.Date,
    **{name: pl.Boolean for name in PASS_THROUGH},
    **crim.SCHEMA,
    "asylum_s1": pl.Boolean, "asylum_s2": pl.Boolean, "asylum_pending": pl.Boolean,
    "asylum_withdrawn_early": pl.Boolean, "ban_60a6_nr3": pl.Boolean,
    **{f"{c}_{part}": t for c in CHAINS for part, t in
       (("alive", pl.Boolean), ("start", pl.Date), ("paused", pl.Int64), ("running", pl.Boolean))},
}


def compute_features(facts: CaseFacts, as_of: date, policy: Policy = DEFAULT_POLICY) -> dict:
    params = resolve(as_of, policy)
    row: dict[str, Any] = {name: getattr(facts, name) for name in PASS_THROUGH}
    row.update(_birth(facts))
    row["entry_date"] = facts.entry_date
    row["identity_clarified_since"] = facts.identity_clarified_since
    row["p104c_application_date"] = facts.p104c_application_date
    row["livelihood_share"] = facts.livelihood_share_own_earnings
    row.update(_status(facts, as_of, params["gap_months"]))
    row.update(_employment_chains(facts, as_of, params, policy))
    row.update(_language(facts, as_of))
    row.update(_school(facts, as_of))
    row.update(_training(facts, as_of))
    row.update(_training_status(facts, as_of))
    row.update(_children(facts, as_of))
    row.update(crim.conviction_features(facts.convictions, as_of, params["fine.foreigner"]))
    row.update(crim.spouse_features(facts.spouse_convictions, as_of, params["fine.foreigner"]))
    row.update(asylum_features(facts, as_of))
    row["ban_60a6_nr3"] = nr3_ban(facts, as_of, row["birth_latest"])
    return row


def _birth(facts: CaseFacts) -> dict[str, Any]:
    """Earliest and latest possible exact birth day, given the recorded precision."""
    born = facts.birth_date
    if born is None:
        return {"birth_earliest": None, "birth_latest": None}
    if facts.birth_date_precision == "year":
        return {"birth_earliest": date(born.year, 1, 1), "birth_latest": date(born.year, 12, 31)}
    if facts.birth_date_precision == "month":
        first = date(born.year, born.month, 1)
        return {"birth_earliest": first, "birth_latest": add_months(first, 1) - timedelta(1)}
    return {"birth_earliest": born, "birth_latest": born}


def _chain_dict(name: str, chain: Chain) -> dict[str, Any]:
    return {
        f"{name}_alive": chain.alive, f"{name}_start": chain.start,
        f"{name}_paused": chain.paused, f"{name}_running": chain.running,
    }


def _unknown_chain(name: str) -> dict[str, Any]:
    return {f"{name}_{part}": None for part in ("alive", "start", "paused", "running")}


def _status(facts: CaseFacts, as_of: date, gap: int) -> dict[str, Any]:
    if facts.status_periods is None:
        row = {k: None for k in ("current_kind", "geduldet", "gestattet", "p104c_holder",
                                 "p104c_expiry")}
        for name in ("res", "res60b", "dul", "dul60d", "stichtag"):
            row.update(_unknown_chain(name))
        return row
    periods = [(StatusKind(p.kind), p.start, p.end) for p in facts.status_periods]
    row = _current_status(facts, as_of)
    for name in STATUS_VARIANTS:
        row.update(_chain_dict(name, current_chain(classify(periods, name), as_of, gap)))
    stichtag = current_chain(classify(periods, "res60b"), P104C_REFERENCE_DAY, gap)
    row.update(_chain_dict("stichtag", stichtag))
    return row


def _current_status(facts: CaseFacts, as_of: date) -> dict[str, Any]:
    """Status on `as_of`: the covering period that started last (ties: the later row)."""
    assert facts.status_periods is not None
    current = None
    for period in facts.status_periods:
        if period.start <= as_of and (period.end is None or period.end >= as_of):
            if current is None or period.start >= current.start:
                current = period
    kind = StatusKind(current.kind) if current else StatusKind.NONE
    holder = current is not None and kind in (
        StatusKind.RESIDENCE_PERMIT, StatusKind.FICTION_CERTIFICATE
    ) and current.legal_basis.strip() in P104C_BASES
    return {
        "current_kind": kind.value,
        "geduldet": kind in DULDUNG_KINDS,
        "gestattet": kind == StatusKind.GESTATTUNG,
        "p104c_holder": holder,
        "p104c_expiry": current.end if holder and current else None,
    }


def _employment_chains(facts: CaseFacts, as_of: date, params: dict, policy: Policy) -> dict:
    if facts.employments is None:
        row: dict[str, Any] = {}
        for name in ("emp_c", "emp_p", "qemp_c", "qemp_p"):
            row.update(_unknown_chain(name))
        return row
    gap = policy.employment_gap_tolerance_months
    jobs = facts.employments
    social = [(j, social_job(j, params)) for j in jobs]
    qualified = [(j, qualified_job(j, params)) for j in jobs]

    def chain(selected: list[Any]) -> Chain:
        return current_chain([Interval(j.start, j.end, TL_COUNT) for j in selected], as_of, gap)

    return {
        **_chain_dict("emp_c", chain([j for j, ok in social if ok is True])),
        **_chain_dict("emp_p", chain([j for j, ok in social if ok is not False])),
        **_chain_dict("qemp_c", chain([j for j, ok in qualified if ok is True])),
        **_chain_dict("qemp_p", chain([j for j, ok in qualified if ok is not False])),
    }


def _language(facts: CaseFacts, as_of: date) -> dict[str, Any]:
    if facts.language_certificates is None:
        return {"lang_oral": None, "lang_written": None}
    valid = [c for c in facts.language_certificates if c.issued <= as_of]
    oral = [LEVELS[c.level] for c in valid if c.scope in ("oral", "full")]
    written = [LEVELS[c.level] for c in valid if c.scope in ("written", "full")]
    return {"lang_oral": max(oral, default=0), "lang_written": max(written, default=0)}


def _school(facts: CaseFacts, as_of: date) -> dict[str, Any]:
    if facts.school is None:
        return {"school_days_certain": None, "school_days_possible": None,
                "school_qualification": None}
    certain = possible = 0
    qualification = False
    for record in facts.school:
        if record.start > as_of:
            continue
        end = min(record.end or as_of, as_of)
        days = max(0, (end - record.start).days + 1)
        successful = successful_school(record, {})
        certain += days if successful is True else 0
        possible += days if successful is not False else 0
        qualification |= bool(record.qualification) and record.end is not None \
            and record.end <= as_of
    return {"school_days_certain": certain, "school_days_possible": possible,
            "school_qualification": qualification}


def _training(facts: CaseFacts, as_of: date) -> dict[str, Any]:
    keys = ("training_kind", "training_bottleneck", "training_registered",
            "training_completed_qualified", "training_completed_care_aid")
    if facts.training is None:
        return dict.fromkeys(keys)
    first = _current_training(facts.training, as_of)
    return {
        "training_kind": first.kind if first else "none",
        "training_bottleneck": first.bottleneck_commitment if first else False,
        "training_registered": first.contract_registered if first else False,
        "training_completed_qualified": _completed(facts.training, as_of, "qualified"),
        "training_completed_care_aid": _completed(facts.training, as_of, "care_aid"),
    }


def _current_training(records: tuple[TrainingRecord, ...], as_of: date) -> TrainingRecord | None:
    """The training § 60c/§ 16g look at: the earliest one running on `as_of` or starting
    within 6 months (§ 60c Abs. 3: granted at most 6 months before the start)."""
    horizon = add_months(as_of, 6)
    current = [t for t in records if t.start <= horizon and (t.end is None or t.end >= as_of)]
    current.sort(key=lambda t: t.start)
    return current[0] if current else None


def _completed(records: tuple[TrainingRecord, ...], as_of: date, kind: str) -> bool | None:
    """A training of `kind` ended by `as_of` and passed (one passed: yes; one open: unknown)."""
    done = [t for t in records if t.kind == kind and t.end is not None and t.end <= as_of]
    return (True if any(t.completed is True for t in done)
            else None if any(t.completed is None for t in done) else False)


def _training_status(facts: CaseFacts, as_of: date) -> dict[str, Any]:
    """Status history x training: unknown when either collection is unknown.

    * ``training_started_gestattet`` - the current training (see `_current_training`) began on
      a day covered by an Aufenthaltsgestattung: § 60c/§ 16g Abs. 1 Satz 1 Nr. 1 (training
      taken up as an asylum seeker), for which Abs. 2 Nr. 2 and Nr. 5 do not apply.
    * ``training_completed_60c`` - a Berufsausbildung (§ 60c Abs. 1 Satz 1 Nr. 1) was passed
      on a day covered by a Duldung nach § 60c (§ 19d Abs. 1a: "während des Besitzes").
      Unknown kind or result counts as possible (unknown).
    """
    if facts.training is None or facts.status_periods is None:
        return {"training_started_gestattet": None, "training_completed_60c": None}
    first = _current_training(facts.training, as_of)

    def covered(day: date, kind: StatusKind) -> bool:
        return any(p.kind == kind and p.start <= day and (p.end is None or p.end >= day)
                   for p in facts.status_periods or ())

    candidates = [t for t in facts.training if t.end is not None and t.end <= as_of
                  and t.kind != "other" and covered(t.end, StatusKind.DULDUNG_60C)]
    certain = any(t.completed is True and t.kind in TRAINING_60C_KINDS for t in candidates)
    possible = any(t.completed is not False for t in candidates)
    return {
        "training_started_gestattet": first is not None
        and covered(first.start, StatusKind.GESTATTUNG),
        "training_completed_60c": True if certain else None if possible else False,
    }


def _children(facts: CaseFacts, as_of: date) -> dict[str, Any]:
    if facts.minor_children_birth_dates is None:
        return {"has_minor_child": None, "youngest_child_adult_on": None}
    adult_on = [add_months(b, 216) for b in facts.minor_children_birth_dates if b <= as_of]
    minors = [d for d in adult_on if d > as_of]
    return {"has_minor_child": bool(minors), "youngest_child_adult_on": max(minors, default=None)}
