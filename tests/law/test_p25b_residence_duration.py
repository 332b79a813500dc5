"""§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG: six years (four with a minor child), § 60b, gaps."""

from datetime import date

import pytest
from law_builders import D, period, status_of, verdict_of, well_integrated

from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.single import evaluate
from wegweiser.law.engine.verdict import Verdict

CID = "p25b.residence_duration"


def duldung_since(start: date, *more):
    return well_integrated(status_periods=(period("duldung", start), *more))


SCENARIOS = [
    ("Duldung since 25.11.2020: six years complete on 25.11.2026 -> met",
     duldung_since(D(2020, 11, 25)), D(2026, 11, 25), Tri.MET),
    ("Duldung since 26.11.2020: one day short on 25.11.2026 -> not met",
     duldung_since(D(2020, 11, 26)), D(2026, 11, 25), Tri.NOT_MET),
    ("7 years on 30.12.2022 under the old 8-year rule -> not met",
     duldung_since(D(2015, 12, 30)), D(2022, 12, 30), Tri.NOT_MET),
    ("7 years on 31.12.2022, the Chancen-law switch day (6 years) -> met",
     duldung_since(D(2015, 12, 30)), D(2022, 12, 31), Tri.MET),
    ("a gap of exactly three months between Duldungen is harmless",
     well_integrated(status_periods=(period("duldung", D(2018, 1, 1), D(2019, 12, 31)),
                                     period("duldung", D(2020, 4, 1)))), D(2026, 1, 1),
     Tri.MET),
    ("a gap of three months and one day restarts the clock",
     well_integrated(status_periods=(period("duldung", D(2018, 1, 1), D(2019, 12, 31)),
                                     period("duldung", D(2020, 4, 2)))), D(2026, 1, 1),
     Tri.NOT_MET),
    ("§ 60b year 2020 (366 days) does not count: on 01.01.2026 six years are not complete",
     well_integrated(status_periods=(period("duldung", D(2019, 1, 1), D(2019, 12, 31)),
                                     period("duldung_60b", D(2020, 1, 1), D(2020, 12, 31)),
                                     period("duldung", D(2021, 1, 1)))), D(2026, 1, 1),
     Tri.NOT_MET),
    ("§ 60b year 2020 postpones the six years by 366 days: met on 02.01.2026",
     well_integrated(status_periods=(period("duldung", D(2019, 1, 1), D(2019, 12, 31)),
                                     period("duldung_60b", D(2020, 1, 1), D(2020, 12, 31)),
                                     period("duldung", D(2021, 1, 1)))), D(2026, 1, 2),
     Tri.MET),
    ("§ 104c holder: § 60b time counts (Abs. 7)",
     well_integrated(status_periods=(period("duldung_60b", D(2018, 1, 1), D(2023, 3, 31)),
                                     period("residence_permit", D(2023, 4, 1), D(2027, 3, 31),
                                            "§ 104c"))), D(2026, 11, 25), Tri.MET),
    ("Gestattung, Duldung and AE all count together",
     well_integrated(status_periods=(period("gestattung", D(2019, 1, 1), D(2020, 6, 30)),
                                     period("residence_permit", D(2020, 7, 1), D(2021, 6, 30),
                                            "§ 25 Abs. 5"),
                                     period("duldung", D(2021, 7, 1)))), D(2025, 1, 1),
     Tri.MET),
    ("4 years with a minor child in the household",
     well_integrated(status_periods=(period("duldung", D(2022, 1, 1)),),
                     minor_children_birth_dates=(D(2015, 1, 1),)), D(2026, 1, 1), Tri.MET),
    ("4 years with a child who turned 18 the day before -> needs 6 years",
     well_integrated(status_periods=(period("duldung", D(2022, 1, 1)),),
                     minor_children_birth_dates=(D(2007, 12, 31),)), D(2026, 1, 1),
     Tri.NOT_MET),
    ("status periods unknown -> unknown, never not met",
     well_integrated(status_periods=None), D(2026, 11, 25), Tri.UNKNOWN),
]


@pytest.mark.parametrize(("facts", "as_of", "expected"), [s[1:] for s in SCENARIOS],
                         ids=[s[0] for s in SCENARIOS])
def test_p25b_residence_duration(facts, as_of, expected):
    assert status_of(facts, "p25b", CID, as_of) is expected


def test_p25b_projects_the_day_six_years_are_reached():
    """§ 25b: Duldung since 01.03.2022 -> PENDING_TIME with date 01.03.2028."""
    pv = evaluate(duldung_since(D(2022, 3, 1)), D(2026, 11, 25)).pathway("p25b")
    assert pv.verdict is Verdict.PENDING_TIME
    assert pv.pending_date == D(2028, 3, 1)


def test_p25b_with_child_projects_the_deadline_when_the_child_turns_18():
    """§ 25b four-year variant: met, but lost on the youngest child's 18th birthday."""
    facts = well_integrated(status_periods=(period("duldung", D(2021, 6, 1)),),
                            minor_children_birth_dates=(D(2009, 2, 1),))
    result = evaluate(facts, D(2026, 11, 25)).pathway("p25b")
    assert result.verdict is Verdict.SHOULD
    assert result.deadline == D(2027, 2, 1)


def test_p25b_complete_case_is_should():
    """§ 25b: every requirement met -> "soll" (Regelanspruch)."""
    assert verdict_of(well_integrated(), "p25b") is Verdict.SHOULD


def test_p25b_gestattung_now_is_not_geduldet():
    """§ 25b Abs. 1 Satz 1: asylum pending (Gestattung) -> not met."""
    facts = well_integrated(status_periods=(period("gestattung", D(2015, 1, 1)),))
    assert verdict_of(facts, "p25b") is Verdict.NOT_MET
