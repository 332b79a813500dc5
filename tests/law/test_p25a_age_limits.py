"""§ 25a AufenthG: age window (14 to before the 27th birthday), partial birth dates, 12 months
Duldung (since 31.12.2022)."""

import pytest
from law_builders import D, criterion, period, status_of, verdict_of, well_integrated

from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.single import evaluate
from wegweiser.law.engine.verdict import Verdict


def young(birth, precision="day", **changes):
    changes.setdefault("status_periods", (period("duldung", D(2020, 1, 1)),))
    return well_integrated(birth_date=birth, birth_date_precision=precision, **changes)


AGE_LIMIT = [
    ("born 26.11.1999: day before the 27th birthday -> application still possible",
     young(D(1999, 11, 26)), Tri.MET),
    ("born 25.11.1999: 27th birthday today -> too late", young(D(1999, 11, 25)), Tri.NOT_MET),
    ("born 29.02.2000: 27th birthday falls on 01.03.2027 -> still possible",
     young(D(2000, 2, 29)), Tri.MET),
    ("only birth year 1999 known: 27th birthday somewhere in 2026 -> unknown",
     young(D(1999, 1, 1), "year"), Tri.UNKNOWN),
    ("only birth month 12/1999 known: 27th birthday in December 2026 -> still possible",
     young(D(1999, 12, 1), "month"), Tri.MET),
    ("only birth month 11/1999 known: 27th birthday in November 2026 -> unknown",
     young(D(1999, 11, 1), "month"), Tri.UNKNOWN),
    ("birth date unknown -> unknown", young(None), Tri.UNKNOWN),
]


@pytest.mark.parametrize(("facts", "expected"), [c[1:] for c in AGE_LIMIT],
                         ids=[c[0] for c in AGE_LIMIT])
def test_p25a_application_before_27th_birthday(facts, expected):
    assert status_of(facts, "p25a", "p25a.age_limit") is expected


def test_p25a_age_limit_projects_the_27th_birthday_as_deadline():
    """§ 25a Nr. 3: the deadline shown is the 27th birthday (01.03.2027 for 29.02.2000)."""
    result = criterion(young(D(2000, 2, 29)), "p25a", "p25a.age_limit")
    assert result.lost_on == D(2027, 3, 1)


def test_p25a_minimum_age_14_reached_on_the_birthday():
    """§ 25a: a 13-year-old is not yet "Jugendlicher"; projected to be on the 14th birthday."""
    result = criterion(young(D(2012, 11, 26)), "p25a", "p25a.age_min")
    assert result.status is Tri.NOT_MET and result.met_on == D(2026, 11, 26)


def test_p25a_needs_12_months_duldung_since_the_chancen_law():
    """§ 25a Abs. 1 Satz 1 (since 31.12.2022): Duldung since 01.06.2026 -> 01.06.2027."""
    facts = young(D(2005, 1, 1), status_periods=(period("gestattung", D(2019, 1, 1),
                                                        D(2026, 5, 31)),
                                                 period("duldung", D(2026, 6, 1))))
    result = criterion(facts, "p25a", "p25a.status")
    assert result.status is Tri.NOT_MET and result.met_on == D(2027, 6, 1)


def test_p25a_before_the_chancen_law_no_minimum_duldung_period():
    """§ 25a i.d.F. 2015: on 30.12.2022 any current Duldung suffices."""
    facts = young(D(2005, 1, 1), status_periods=(period("gestattung", D(2015, 1, 1),
                                                        D(2022, 11, 30)),
                                                 period("duldung", D(2022, 12, 1))))
    assert status_of(facts, "p25a", "p25a.status", D(2022, 12, 30)) is Tri.MET


def test_p25a_pending_time_after_27th_birthday_is_not_met():
    """§ 25a: three years would be reached only after the 27th birthday -> NOT_MET."""
    facts = young(D(2000, 3, 1), status_periods=(period("duldung", D(2025, 1, 1)),))
    assert verdict_of(facts, "p25a") is Verdict.NOT_MET


def test_p25a_identity_deception_excludes():
    """§ 25a Abs. 1 Satz 3: suspension rests on own deception -> BLOCKED."""
    facts = young(D(2005, 1, 1), deception_causal_now=True)
    assert verdict_of(facts, "p25a") is Verdict.BLOCKED


def test_p25a_rule_version_is_named():
    pv = evaluate(young(D(2005, 1, 1)), D(2026, 11, 25)).pathway("p25a")
    assert pv.rule_version is not None and "31.12.2022" in pv.rule_version
