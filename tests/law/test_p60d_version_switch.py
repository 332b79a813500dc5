"""§ 60d AufenthG: 18 months / 35 h until the switch, 12 months / 20 h after (policy date)."""

from datetime import date

from law_builders import D, period, status_of, well_integrated

from wegweiser.law.engine.facts import Employment
from wegweiser.law.engine.logic import Tri
from wegweiser.law.statute.parameters import Policy

WORKER = well_integrated(
    entry_date=D(2016, 5, 1),
    status_periods=(period("duldung", D(2020, 1, 1)),),
    employments=(Employment(D(2022, 6, 1), None, 25.0, True),),
)


def test_p60d_25_hours_insufficient_on_29_02_2024():
    """Old § 60d: 35 hours per week required."""
    assert status_of(WORKER, "p60d", "p60d.employment", D(2024, 2, 29)) is Tri.NOT_MET


def test_p60d_25_hours_sufficient_on_01_03_2024():
    """New § 60d (default policy 01.03.2024): 20 hours, 12 months."""
    assert status_of(WORKER, "p60d", "p60d.employment", D(2024, 3, 1)) is Tri.MET


def test_p60d_switch_date_is_a_policy_setting():
    from wegweiser.law.engine.single import evaluate

    early = Policy(p60d_new_version_from=date(2024, 2, 27))
    pv = evaluate(WORKER, D(2024, 2, 27), early).pathway("p60d")
    employment = next(c for c in pv.criteria if c.criterion_id == "p60d.employment")
    assert employment.status is Tri.MET


def test_p60d_employment_hours_unknown_gives_unknown():
    facts = well_integrated(entry_date=D(2016, 5, 1),
                            employments=(Employment(D(2022, 6, 1), None, None, True),))
    assert status_of(facts, "p60d", "p60d.employment") is Tri.UNKNOWN


def test_p60d_entry_after_31_12_2022_not_met():
    facts = well_integrated(entry_date=D(2023, 1, 1))
    assert status_of(facts, "p60d", "p60d.entry") is Tri.NOT_MET


def test_p60d_rule_version_named_in_the_verdict_follows_the_policy_date():
    """§ 60d: on 28.02.2024 the new version applies only if the authority dates it 27.02.2024."""
    from wegweiser.law.engine.single import evaluate

    early = Policy(p60d_new_version_from=date(2024, 2, 27))
    assert "FEG 2023" in evaluate(WORKER, D(2024, 2, 28), early).pathway("p60d").rule_version
    assert "01.01.2020" in evaluate(WORKER, D(2024, 2, 28)).pathway("p60d").rule_version
