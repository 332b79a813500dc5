"""§ 104c AufenthG a.F.: open 31.12.2022 - 30.12.2025, then closed; Stichtag 31.10.2022."""

from dataclasses import replace

from law_builders import D, period, status_of, verdict_of, well_integrated

from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.verdict import Verdict
from wegweiser.law.statute.parameters import Policy

LONG_STAYER = well_integrated(status_periods=(period("duldung_60b", D(2015, 1, 1), D(2017, 12, 31)),
                                              period("duldung", D(2018, 1, 1))))


def test_p104c_grantable_on_30_12_2025():
    assert verdict_of(LONG_STAYER, "p104c", D(2025, 12, 30)) is Verdict.SHOULD


def test_p104c_expired_on_31_12_2025():
    assert verdict_of(LONG_STAYER, "p104c", D(2025, 12, 31)) is Verdict.EXPIRED


def test_p104c_not_in_force_before_31_12_2022():
    assert verdict_of(LONG_STAYER, "p104c", D(2022, 12, 30)) is Verdict.NOT_IN_FORCE


def test_p104c_policy_allows_pending_applications():
    """[?] policy: applications filed by 30.12.2025 may still be decided."""
    facts = replace(LONG_STAYER, p104c_application_date=D(2025, 12, 1))
    policy = Policy(p104c_pending_applications_grantable=True)
    assert verdict_of(facts, "p104c", D(2026, 2, 1), policy=policy) is Verdict.SHOULD


def test_p104c_counts_60b_time_for_the_stichtag():
    """§ 104c Abs. 1 Satz 3: § 60b periods count towards the five years on 31.10.2022."""
    assert status_of(LONG_STAYER, "p104c", "p104c.five_years", D(2023, 6, 1)) is Tri.MET


def test_p104c_stichtag_one_day_short():
    """Continuous only since 01.11.2017 -> five years not complete on 31.10.2022."""
    facts = replace(LONG_STAYER, status_periods=(period("duldung", D(2017, 11, 1)),))
    assert status_of(facts, "p104c", "p104c.five_years", D(2023, 6, 1)) is Tri.NOT_MET


def test_p104c_holder_keeps_p25b_privileges_until_expiry():
    """§ 25b Abs. 1 for a § 104c holder: status met, deadline = permit expiry."""
    facts = replace(LONG_STAYER, status_periods=(
        period("duldung", D(2016, 1, 1), D(2025, 8, 31)),
        period("residence_permit", D(2025, 9, 1), D(2027, 2, 28), "§ 104c")))
    from wegweiser.law.engine.single import evaluate

    pv = evaluate(facts, D(2026, 11, 25)).pathway("p25b")
    assert pv.verdict is Verdict.SHOULD
    assert pv.deadline == D(2027, 2, 28)
