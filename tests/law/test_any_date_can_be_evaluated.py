"""Any as-of date can be evaluated: a norm not yet in force gives "not_in_force", and neither
engine crashes on a date before a dated parameter's first value (before this, every screening
as of a date before 01.01.2020 failed with a Polars SchemaError)."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from law_builders import well_integrated
from test_batch_equals_single import _any_cases

from wegweiser.law.engine.batch import evaluate_frame
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.frames import facts_to_frames
from wegweiser.law.engine.single import evaluate, evaluate_row
from wegweiser.law.engine.verdict import Verdict


@pytest.mark.parametrize("pathway", ["p60c", "p60d", "p19d", "p16g", "p104c", "p25b_6"])
def test_norms_not_yet_in_force_on_1_june_2019_are_not_in_force(pathway):
    """§ 60c, § 60d, § 25b Abs. 6 (01.01.2020), § 19d (01.03.2020), § 104c (31.12.2022) and
    § 16g (01.03.2024) did not exist on 01.06.2019."""
    facts = well_integrated()
    as_of = date(2019, 6, 1)
    assert evaluate(facts, as_of).pathway(pathway).verdict is Verdict.NOT_IN_FORCE
    row = evaluate_frame(facts_to_frames([facts]), as_of).row(0, named=True)
    assert row[f"v:{pathway}"] == Verdict.NOT_IN_FORCE.value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_any_cases(), min_size=1, max_size=4, unique_by=lambda c: c.person_id),
       st.dates(date(2005, 1, 1), date(2030, 12, 31)))
def test_no_date_from_2005_to_2030_crashes_either_engine(batch, as_of):
    result = evaluate_frame(facts_to_frames(batch), as_of, explain=True)
    for facts, row in zip(batch, result.iter_rows(named=True), strict=True):
        single = evaluate_row(compute_features(facts, as_of), as_of)
        assert {k: single[k] for k in row if k != "person_id"} == {
            k: v for k, v in row.items() if k != "person_id"}
        evaluate(facts, as_of)
