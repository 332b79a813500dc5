"""Missing facts give UNKNOWN end to end - never a silent NOT_MET."""

from hypothesis import given, settings
from hypothesis import strategies as st
from law_builders import D, well_integrated

from wegweiser.law.engine.dates import add_months
from wegweiser.law.engine.facts import CaseFacts, StatusKind, StatusPeriod
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.single import evaluate, evaluate_row
from wegweiser.law.engine.verdict import Verdict


def test_empty_case_is_unknown_not_not_met():
    result = evaluate(CaseFacts("empty"), D(2026, 11, 25))
    for pathway in result.pathways:
        assert pathway.verdict in (Verdict.UNKNOWN, Verdict.EXPIRED), pathway.pathway_id


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([
    "identity_clarified", "passport_held", "fdgo_declaration", "livelihood_secured",
    "entry_ban_in_force", "obstruction_finding", "deception_causal_now", "security_threat",
    "convictions", "language_certificates", "status_periods", "birth_date",
    "minor_children_birth_dates", "employments", "asylum"]),
    st.sampled_from(["p25b", "p25a", "p25_5", "p60d", "p19d", "p16g", "p60c"]))
def test_adding_a_missing_fact_never_turns_not_met_into_anything_else(field, pathway):
    """Property (c): a negative verdict (NOT_MET, or BLOCKED which outranks it) stays negative
    when a missing fact becomes known (monotonicity of Kleene logic)."""
    complete = well_integrated(deception_causal_now=True, language_certificates=())
    partial = complete.__class__(**{**complete.__dict__, field: None})
    before = evaluate(partial, D(2026, 11, 25)).pathway(pathway).verdict
    after = evaluate(complete, D(2026, 11, 25)).pathway(pathway).verdict
    if before in (Verdict.NOT_MET, Verdict.BLOCKED):
        assert after in (Verdict.NOT_MET, Verdict.BLOCKED)


@settings(max_examples=40, deadline=None)
@given(st.dates(D(2008, 1, 1), D(2024, 1, 1)), st.integers(0, 3000),
       st.sampled_from(["duldung", "gestattung", "duldung_60d"]))
def test_duration_criterion_never_goes_from_met_to_not_met_while_status_continues(
        start, step, kind):
    """Property (b): with an ongoing status, a met duration stays met as the date advances."""
    facts = CaseFacts("t", status_periods=(StatusPeriod(StatusKind(kind), start),))
    first = add_months(start, 1)
    later = first.fromordinal(first.toordinal() + step)
    for column in ("c:p25b.residence_duration", "c:p25a.residence_duration",
                   "c:p60d.duldung", "c:p25b.p60d_30_months"):
        a = evaluate_row(compute_features(facts, first), first)[column]
        b = evaluate_row(compute_features(facts, later), later)[column]
        if a is True:
            assert b is True, column
