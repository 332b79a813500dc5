"""Small builders for legal scenario tests (no Django)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from wegweiser.law.engine.facts import CaseFacts, StatusKind, StatusPeriod
from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.single import evaluate
from wegweiser.law.engine.verdict import Verdict

D = date
AS_OF = date(2026, 11, 25)


def period(kind: str, start: date, end: date | None = None, basis: str = "") -> StatusPeriod:
    return StatusPeriod(StatusKind(kind), start, end, basis)


def well_integrated(**changes: Any) -> CaseFacts:
    """A geduldete adult who meets every § 25b requirement on 25.11.2026 (data complete)."""
    base = CaseFacts(
        person_id="p1", birth_date=D(1990, 5, 17), entry_date=D(2015, 3, 1),
        status_periods=(period("gestattung", D(2015, 3, 1), D(2018, 6, 30)),
                        period("duldung", D(2018, 7, 1))),
        asylum_applied=True, language_certificates=(), school=(), training=(),
        employments=(), convictions=(), minor_children_birth_dates=(),
        livelihood_secured=True, livelihood_share_own_earnings=1.0, receives_benefits=False,
        in_education=False, identity_clarified=True, identity_steps_taken=True,
        passport_held=True, cooperation_fulfilled=True, entry_ban_in_force=False,
        expulsion_order=False, deportation_order_58a=False, security_threat=False,
        extremism_indications=False, fdgo_declaration=True, deception_finding=False,
        deception_causal_now=False, obstruction_finding=False, expulsion_interest=False,
        expulsion_interest_serious=False, school_attendance_proof=True,
        integration_prognosis_positive=True, illness_or_disability=False,
        national_deportation_ban=False, employment_ban_60a6=False,
        removal_measures_imminent=False, has_spouse=False,
    )
    from wegweiser.law.engine.facts import AsylumProcedure, LanguageCertificate

    base = replace(base, asylum=AsylumProcedure(D(2015, 3, 10), D(2018, 5, 1), "rejected",
                                                "", D(2018, 6, 30)),
                   language_certificates=(LanguageCertificate("A2", "oral", D(2019, 1, 1)),))
    return replace(base, **changes)


def verdict_of(facts: CaseFacts, pathway: str, as_of: date = AS_OF, **kw: Any) -> Verdict:
    return evaluate(facts, as_of, **kw).pathway(pathway).verdict


def criterion(facts: CaseFacts, pathway: str, criterion_id: str, as_of: date = AS_OF):
    pv = evaluate(facts, as_of).pathway(pathway)
    return next(c for c in pv.criteria if c.criterion_id == criterion_id)


def status_of(facts: CaseFacts, pathway: str, criterion_id: str, as_of: date = AS_OF) -> Tri:
    return criterion(facts, pathway, criterion_id, as_of).status
