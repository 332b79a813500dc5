"""The first promise: a verdict is what every possible value of the unknown facts agrees on.

Property: making any one known fact unknown (a scalar fact, a whole collection, one field of
one record - status periods, employment fields, family, asylum, assessment answers - or the
precision of the birth date) leaves every pathway's result unchanged or turns it into
UNKNOWN: never into NOT_MET, never into a better result, never into another date.

NOT_MET, BLOCKED and EXPIRED are one class here - "no title on this pathway" - and may trade
places: when a certain bar becomes unknown while a requirement certainly fails, the result
stays negative and names the reason that is still certain (docs/law/README.md).
"""

import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from law_strategies import complete_cases, fact_removals

from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.single import evaluate_row
from wegweiser.law.engine.verdict import NEGATIVE, Verdict
from wegweiser.law.statute.pathways import ALL_PATHWAYS

AS_OF = date(2026, 11, 25)
# CI checks the same 100 cases every run (a red CI means a change broke something); explore
# further with e.g. WEGWEISER_PROPERTY_EXAMPLES=5000, which also draws new cases each time.
EXAMPLES = int(os.environ.get("WEGWEISER_PROPERTY_EXAMPLES", "100"))


def _results(facts):
    """(verdict, pending date) per pathway - the verdict columns engine.evaluate reads."""
    row = evaluate_row(compute_features(facts, AS_OF), AS_OF, explain=False)
    results = {}
    for pathway in ALL_PATHWAYS:
        verdict = Verdict(row[f"v:{pathway.id}"])
        day = row[f"v:{pathway.id}:date"] if verdict is Verdict.PENDING_TIME else None
        results[pathway.id] = (verdict, day)
    return results


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES == 100,
          suppress_health_check=[HealthCheck.too_slow])
@given(complete_cases(AS_OF))
def test_one_unknown_fact_gives_the_same_result_or_unknown(facts):
    known = _results(facts)
    for name, remove in fact_removals(facts):
        partial = _results(remove(facts))
        for pathway, (verdict, day) in known.items():
            after, after_day = partial[pathway]
            assert after is Verdict.UNKNOWN or (after, after_day) == (verdict, day) or (
                after in NEGATIVE and verdict in NEGATIVE), (
                f"{pathway}: {verdict.value} {day} -> {after.value} {after_day} "
                f"when {name} becomes unknown")
