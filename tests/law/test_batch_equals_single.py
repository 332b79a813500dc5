"""One code path: batch (Polars) and single-case evaluation agree on random cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegweiser.law.engine.batch import evaluate_frame
from wegweiser.law.engine.batch_features import compute_feature_frame
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
from wegweiser.law.engine.features import SCHEMA, compute_features
from wegweiser.law.engine.frames import facts_to_frames
from wegweiser.law.engine.single import evaluate_row

days = st.dates(date(2008, 1, 1), date(2027, 12, 31))
maybe_bool = st.none() | st.booleans()


@st.composite
def periods(draw):
    start = draw(days)
    result = []
    for _ in range(draw(st.integers(0, 6))):
        length = draw(st.integers(0, 900))
        end = start + timedelta(days=length)
        open_end = draw(st.booleans()) and draw(st.booleans())
        kind = draw(st.sampled_from(list(StatusKind)))
        basis = draw(st.sampled_from(["", "§ 104c", "§ 25 Abs. 5"]))
        result.append(StatusPeriod(kind, start, None if open_end else end, basis))
        start = end + timedelta(days=draw(st.integers(-40, 150)))
    return tuple(result)


def maybe(strategy):
    return st.none() | strategy


def small_tuple(strategy, size=3):
    return st.lists(strategy, max_size=size).map(tuple)


convictions = small_tuple(st.builds(
    Conviction, date=days, daily_rates=maybe(st.integers(0, 120)),
    months=maybe(st.sampled_from([0.0, 3.0, 6.0, 12.0, 24.0])), suspended=maybe_bool,
    foreigner_specific=maybe_bool, intentional=maybe_bool, juvenile_sanction_only=maybe_bool,
    erasure_date=maybe(days), youth_sentence=maybe_bool))
jobs = small_tuple(st.builds(
    Employment, start=days, end=maybe(days),
    hours_per_week=maybe(st.sampled_from([10.0, 20.0, 35.0, 40.0])),
    social_insurance=maybe_bool, qualified=maybe_bool))
certs = small_tuple(st.builds(
    LanguageCertificate, level=st.sampled_from(["A1", "A2", "B1"]),
    scope=st.sampled_from(["oral", "written", "full"]), issued=days), 2)
schools = small_tuple(st.builds(
    SchoolRecord, start=days, end=maybe(days),
    qualification=maybe(st.sampled_from(["", "HSA"])), successful=maybe_bool))
trainings = small_tuple(st.builds(
    TrainingRecord, start=days, end=maybe(days),
    kind=st.sampled_from(["qualified", "assistant", "care_aid", "other"]), completed=maybe_bool,
    bottleneck_commitment=maybe_bool, contract_registered=maybe_bool), 2)
# Decisions around the switch of § 10 Abs. 3 Satz 2 (§ 104 Abs. 19) are drawn more often.
decision_days = st.sampled_from([date(2024, 2, 26), date(2024, 2, 27), date(2024, 2, 28)]) | days
asylum = st.builds(
    AsylumProcedure, application_date=maybe(days), decision_date=maybe(decision_days),
    outcome=maybe(st.sampled_from(["recognised", "rejected", "rejected_manifestly_unfounded",
                                   "withdrawn", "pending"])),
    manifestly_unfounded_ground=st.sampled_from(["", "§ 30 Abs. 1 Nr. 3 AsylG",
                                                 "§ 30 Abs. 3 Nr. 2 AsylG",
                                                 "§ 30 Abs. 1 Nr. 1 AsylG", "§ 29a AsylG",
                                                 "§ 30 Abs. 2 AsylG a.F.",
                                                 "§ 30 Abs. 3 Nr. 7 AsylG a.F.",
                                                 "§ 30 Abs. 1 AsylG a.F.",
                                                 "§ 30 Abs. 4 AsylG a.F., § 30 Abs. 5 AsylG a.F.",
                                                 "§ 30 Abs. 2 AsylG",
                                                 "§ 30 Abs. 4 Satz 1 AsylG a.F.",
                                                 "§ 29a AsylG, § 30 Abs. 3 Nr. 5 AsylG a.F.",
                                                 "§ 29a AsylG, § 30 Abs. 1 Nr. 8 AsylG",
                                                 "unklar"]),
    final_date=maybe(days), withdrawal_date=maybe(days))
def _cases():
    return st.builds(
        CaseFacts, person_id=st.uuids().map(str),
        birth_date=maybe(st.dates(date(1980, 1, 1), date(2015, 12, 31))),
        birth_date_precision=st.sampled_from(["day", "month", "year"]), entry_date=maybe(days),
        nationality=maybe(st.sampled_from(["SRB", "GEO", "MDA", "TUR", "SYR", "IND"])),
        status_periods=maybe(periods()), asylum_applied=maybe_bool, asylum=maybe(asylum),
        language_certificates=maybe(certs), school=maybe(schools), training=maybe(trainings),
        employments=maybe(jobs), convictions=maybe(convictions),
        minor_children_birth_dates=maybe(small_tuple(days, 2)),
        livelihood_secured=maybe_bool, livelihood_share_own_earnings=maybe(st.floats(0, 1)),
        identity_clarified=maybe_bool, identity_clarified_since=maybe(days),
        identity_steps_taken=maybe_bool, passport_held=maybe_bool,
        has_spouse=maybe_bool, spouse_convictions=maybe(convictions),
        spouse_criminal_record_clean=maybe_bool, fdgo_declaration=maybe_bool,
        entry_ban_in_force=maybe_bool, p104c_application_date=maybe(days),
        expulsion_interest=maybe_bool, in_education=maybe_bool,
    )


@st.composite
def _training_on_status_edges(draw):
    """Trainings starting/ending on (or next to) status period boundaries, so that "begun
    during a Gestattung" and "passed during a § 60c Duldung" are hit on both sides."""
    facts = draw(_cases())
    if not facts.status_periods or facts.training is None:
        return facts
    edges = [d for p in facts.status_periods for d in (p.start, p.end) if d is not None]
    near = st.sampled_from(edges).flatmap(
        lambda d: st.sampled_from([d - timedelta(days=1), d, d + timedelta(days=1)]))
    records = draw(small_tuple(st.builds(
        TrainingRecord, start=near, end=maybe(near),
        kind=st.sampled_from(["qualified", "assistant", "care_aid", "other"]),
        completed=maybe_bool, bottleneck_commitment=maybe_bool,
        contract_registered=maybe_bool), 2))
    return replace(facts, training=records)


def _any_cases():
    return _cases() | _training_on_status_edges()


AS_OF_DATES = st.sampled_from([date(2022, 12, 30), date(2022, 12, 31), date(2024, 2, 27),
                               date(2024, 3, 1), date(2026, 11, 25)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_any_cases(), min_size=1, max_size=6, unique_by=lambda c: c.person_id), AS_OF_DATES)
def test_batch_features_equal_single_features(batch, as_of):
    frame = compute_feature_frame(facts_to_frames(batch), as_of)
    for facts, row in zip(batch, frame.iter_rows(named=True), strict=True):
        assert row["person_id"] == facts.person_id
        single = compute_features(facts, as_of)
        assert {k: single[k] for k in SCHEMA} == {k: row[k] for k in SCHEMA}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_any_cases(), min_size=1, max_size=6, unique_by=lambda c: c.person_id), AS_OF_DATES)
def test_batch_verdicts_equal_single_verdicts(batch, as_of):
    result = evaluate_frame(facts_to_frames(batch), as_of, explain=True)
    for facts, row in zip(batch, result.iter_rows(named=True), strict=True):
        single = evaluate_row(compute_features(facts, as_of), as_of)
        assert {k: single[k] for k in row if k != "person_id"} == {
            k: v for k, v in row.items() if k != "person_id"}
