"""Hypothesis strategies for complete case files and for taking one fact away from them.

`complete_cases` draws persons whose every fact is known (collections may be known empty),
close enough to the pathways that every verdict occurs.  `fact_removals` lists every way to
make exactly one known fact unknown: a scalar fact, a whole collection, one field of one
record, the precision of the birth date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from wegweiser.law.engine.facts import (
    AsylumProcedure,
    CaseFacts,
    Conviction,
    Employment,
    LanguageCertificate,
    SchoolRecord,
    StatusKind,
    StatusPeriod,
    TrainingRecord,
)
from wegweiser.law.engine.features import compute_features

booleans = st.booleans()
# Facts that most files answer in the person's favour: drawn so more often, so that positive
# verdicts (which have the most to lose) are common.
mostly_true = st.sampled_from([True, True, True, False])
mostly_false = st.sampled_from([False, False, False, True])

ADVERSE = {  # facts where "true" is against the person
    "receives_benefits", "entry_ban_in_force", "expulsion_order", "deportation_order_58a",
    "security_threat", "extremism_indications", "deception_finding", "deception_causal_now",
    "obstruction_finding", "expulsion_interest", "expulsion_interest_serious",
    "departure_obstacle_self_caused", "removal_measures_imminent", "employment_ban_60a6",
    "return_date_fixed", "title_obtainable_elsewhere", "illness_or_disability", "in_education",
    "family_of_25a_holder", "family_of_25b_holder", "national_deportation_ban",
    "foreign_degree_recognised", "degree_in_germany", "has_spouse",
}
KINDS = [StatusKind.GESTATTUNG, StatusKind.DULDUNG, StatusKind.DULDUNG, StatusKind.DULDUNG_60B,
         StatusKind.DULDUNG_60C, StatusKind.DULDUNG_60D, StatusKind.RESIDENCE_PERMIT,
         StatusKind.FICTION_CERTIFICATE]


@st.composite
def status_history(draw, entry: date, as_of: date) -> tuple[StatusPeriod, ...]:
    """Consecutive periods from entry, mostly ending in a running Duldung."""
    periods, start = [], entry
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(KINDS))
        basis = draw(st.sampled_from(["", "§ 104c", "§ 25 Abs. 5"])) if kind in (
            StatusKind.RESIDENCE_PERMIT, StatusKind.FICTION_CERTIFICATE) else ""
        end = start + timedelta(days=draw(st.integers(30, 1500)))
        periods.append(StatusPeriod(kind, start, end, basis))
        start = end + timedelta(days=draw(st.sampled_from([1, 1, 1, 40, 200])))
    if start <= as_of:
        last = draw(st.sampled_from([StatusKind.DULDUNG, StatusKind.DULDUNG,
                                     StatusKind.DULDUNG_60D, StatusKind.DULDUNG_60C]))
        periods.append(StatusPeriod(last, start, None))
    return tuple(periods)


@st.composite
def convictions_on(draw, days) -> Conviction:
    """One sentence of a consistent type: a fine, a Freiheitsstrafe, a Jugendstrafe or a
    juvenile-law measure only (the case file cannot record a fine that is also a measure)."""
    kind = draw(st.sampled_from(["fine", "prison", "youth", "measure"]))
    return Conviction(
        date=draw(days), daily_rates=draw(st.sampled_from([30, 60, 100])) if kind == "fine" else None,
        months=draw(st.sampled_from([3.0, 8.0, 14.0])) if kind in ("prison", "youth") else None,
        suspended=draw(booleans), foreigner_specific=draw(booleans), intentional=draw(mostly_true),
        juvenile_sanction_only=kind == "measure", youth_sentence=kind == "youth",
        erasure_date=draw(st.none() | st.dates(date(2020, 1, 1), date(2035, 12, 31))))


def _dates(low: date, high: date):
    return st.dates(low, max(low, high))


@st.composite
def complete_cases(draw, as_of: date = date(2026, 11, 25)) -> CaseFacts:
    born = draw(st.dates(date(1960, 1, 1), date(2016, 12, 31)))
    entry = draw(_dates(max(born, date(2008, 1, 1)), date(2024, 6, 30)))
    days = _dates(entry, as_of)
    bools: dict[str, Any] = {}
    for f in fields(CaseFacts):
        if f.type in ("bool | None",) and f.name not in ("asylum_applied",):
            bools[f.name] = draw(mostly_false if f.name in ADVERSE else mostly_true)
    decided = draw(_dates(entry, min(as_of, entry + timedelta(days=900))))
    asylum = AsylumProcedure(
        application_date=entry, decision_date=decided,
        outcome=draw(st.sampled_from(["rejected", "rejected", "rejected_manifestly_unfounded",
                                      "withdrawn", "pending"])),
        manifestly_unfounded_ground=draw(st.sampled_from(
            ["", "§ 29a AsylG", "§ 30 Abs. 3 Nr. 2 AsylG a.F.", "§ 30 Abs. 1 Nr. 3 AsylG"])),
        final_date=decided + timedelta(days=30), withdrawal_date=None)
    jobs = draw(st.lists(st.builds(
        Employment, start=days, end=st.none() | days,
        hours_per_week=st.sampled_from([15.0, 20.0, 30.0, 39.0]), social_insurance=mostly_true,
        qualified=booleans), max_size=3))
    convictions = draw(st.lists(convictions_on(days), max_size=2))
    spouse_convictions = draw(st.lists(convictions_on(days), max_size=1))
    return _consistent(CaseFacts(
        person_id="p", birth_date=born,
        nationality=draw(st.sampled_from(["SRB", "ALB", "GEO", "SYR", "AFG", "TUR", "IND"])),
        birth_date_precision=draw(st.sampled_from(["day", "day", "month", "year"])),
        entry_date=entry, status_periods=draw(status_history(entry, as_of)),
        asylum_applied=True, asylum=asylum,
        language_certificates=tuple(draw(st.lists(st.builds(
            LanguageCertificate, level=st.sampled_from(["A1", "A2", "B1", "B2"]),
            scope=st.sampled_from(["oral", "full"]), issued=days), max_size=2))),
        school=tuple(draw(st.lists(st.builds(
            SchoolRecord, start=days, end=st.none() | days, successful=mostly_true,
            qualification=st.sampled_from([None, "HSA"])), max_size=2))),
        training=tuple(draw(st.lists(st.builds(
            TrainingRecord, start=_dates(entry, as_of + timedelta(days=150)),
            end=st.none() | days, kind=st.sampled_from(["qualified", "assistant", "care_aid"]),
            completed=booleans, bottleneck_commitment=booleans, contract_registered=mostly_true),
            max_size=2))),
        employments=tuple(jobs), convictions=tuple(convictions),
        spouse_convictions=tuple(spouse_convictions),
        minor_children_birth_dates=tuple(draw(st.lists(
            st.dates(date(2009, 1, 1), date(2026, 1, 1)), max_size=2))),
        livelihood_share_own_earnings=draw(st.sampled_from([0.0, 0.4, 0.7, 1.0])),
        identity_clarified_since=draw(days),
        p104c_application_date=draw(st.none() | _dates(date(2023, 1, 1), date(2025, 12, 30))),
        **bools,
    ), as_of)


def _consistent(facts: CaseFacts, as_of: date) -> CaseFacts:
    """The office's answers agree with what the file proves where an answer overrides it
    (expulsion interest vs. convictions, general.py; the employment ban vs. § 60a Abs. 6
    Satz 1 Nr. 3, blockers.py; the spouse's record vs. the spouse's file, p60d.py): a
    contradiction would be a data conflict - not missing information, which is what the
    property tests are about."""
    row = compute_features(replace(facts, expulsion_interest=None,
                                   expulsion_interest_serious=None), as_of)
    if row["ban_60a6_nr3"]:
        facts = replace(facts, employment_ban_60a6=True)
    if row["spouse_crim_strict_min"] or row["spouse_crim_strict_max"] is False:
        facts = replace(facts, spouse_criminal_record_clean=not row["spouse_crim_strict_min"])
    changes = {}
    if row["crim_serious_min"]:
        changes = {"expulsion_interest": True, "expulsion_interest_serious": True}
    elif row["crim_any_max"] is False:
        changes = {"expulsion_interest": False, "expulsion_interest_serious": False}
    elif row["crim_serious_max"] is False:
        changes = {"expulsion_interest_serious": False}
    return replace(facts, **changes)


Removal = tuple[str, Callable[[CaseFacts], CaseFacts]]
RECORD_FIELDS = {
    "employments": ("hours_per_week", "social_insurance", "qualified"),
    # No erasure date is an open end ("not erased"), like a period without end - not unknown.
    "convictions": ("daily_rates", "months", "suspended", "foreigner_specific", "intentional",
                    "juvenile_sanction_only", "youth_sentence"),
    "spouse_convictions": ("daily_rates", "months", "suspended", "foreigner_specific",
                           "intentional", "juvenile_sanction_only", "youth_sentence"),
    "training": ("kind", "completed", "bottleneck_commitment", "contract_registered"),
    "school": ("successful",),
}
ASYLUM_FIELDS = ("application_date", "decision_date", "outcome", "final_date")
COARSER = {"day": "month", "month": "year"}


def _without(name: str) -> Callable[[CaseFacts], CaseFacts]:
    return lambda facts: replace(facts, **{name: None})


def _record_without(collection: str, index: int, name: str) -> Callable[[CaseFacts], CaseFacts]:
    def remove(facts: CaseFacts) -> CaseFacts:
        records = list(getattr(facts, collection))
        records[index] = replace(records[index], **{name: None})
        return replace(facts, **{collection: tuple(records)})
    return remove


def _asylum_without(name: str) -> Callable[[CaseFacts], CaseFacts]:
    return lambda facts: replace(facts, asylum=replace(facts.asylum, **{name: None}))


def fact_removals(facts: CaseFacts) -> Iterator[Removal]:
    """Every way of making exactly one known fact of `facts` unknown."""
    for f in fields(CaseFacts):
        if f.name not in ("person_id", "birth_date_precision") and \
                getattr(facts, f.name) is not None:
            yield f.name, _without(f.name)
    for collection, names in RECORD_FIELDS.items():
        for index, record in enumerate(getattr(facts, collection) or ()):
            for name in names:
                if getattr(record, name) is not None:
                    yield f"{collection}[{index}].{name}", _record_without(collection, index, name)
    if facts.asylum is not None:
        for name in ASYLUM_FIELDS:
            if getattr(facts.asylum, name) is not None:
                yield f"asylum.{name}", _asylum_without(name)
    coarser = COARSER.get(facts.birth_date_precision)
    if coarser and facts.birth_date is not None:
        yield "birth_date_precision", lambda f: replace(f, birth_date_precision=coarser)
