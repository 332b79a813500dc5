"""Constant folding (expr_fold.py) never changes a value: folded and original rules agree."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from test_batch_equals_single import AS_OF_DATES, _cases

from wegweiser.law.engine.expr import Env
from wegweiser.law.engine.expr_fold import fold
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.rules import criterion_columns, flag_columns, verdict_columns
from wegweiser.law.statute.parameters import DEFAULT_POLICY, resolve


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cases(), AS_OF_DATES)
def test_folded_rules_give_the_same_values(facts, as_of):
    env = Env(as_of, resolve(as_of, DEFAULT_POLICY))
    row = compute_features(facts, as_of)
    for name, expr in (*criterion_columns(), *flag_columns(), *verdict_columns(as_of)):
        row[name] = expr.ev(row, env)  # unfolded, as written in the rules
        assert fold(expr).ev(row, env) == row[name], name


def test_folding_removes_constant_parts():
    from datetime import date

    stages = [fold(expr) for _, expr in verdict_columns(date(2026, 11, 25))]
    text = " ".join(str(expr.pl(Env(date(2026, 11, 25), resolve(date(2026, 11, 25)))))
                    for expr in stages)
    assert "when(false)" not in text and "true.is_null()" not in text
