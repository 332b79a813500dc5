"""50/90 Tagessätze (§ 104c Abs. 1 Nr. 2, § 19d Abs. 1 Nr. 7, § 60c Abs. 2 Nr. 4), the strict
§ 60d Abs. 1 Nr. 7 rule and § 54 Abs. 2 Nr. 1-2 for § 25b Abs. 2 Nr. 2."""

import pytest
from law_builders import D, period, status_of, well_integrated

from wegweiser.law.engine.facts import Conviction
from wegweiser.law.engine.logic import Tri


def fine(rates, foreign=False, **kw):
    kw.setdefault("intentional", True)
    return Conviction(D(2021, 5, 1), daily_rates=rates, foreigner_specific=foreign, **kw)


def record(*convictions):
    return well_integrated(convictions=convictions,
                           status_periods=(period("duldung", D(2016, 1, 1)),))


FINES_RULE = [
    ("no convictions at all", record(), Tri.MET),
    ("fine of 50 TS: at the allowance", record(fine(50)), Tri.MET),
    ("fine of 51 TS: above the allowance", record(fine(51)), Tri.NOT_MET),
    ("two fines of 25 TS each sum to 50", record(fine(25), fine(25)), Tri.MET),
    ("two fines of 30 TS sum to 60", record(fine(30), fine(30)), Tri.NOT_MET),
    ("foreigner-specific fine of 90 TS", record(fine(90, True)), Tri.MET),
    ("foreigner-specific fine of 91 TS", record(fine(91, True)), Tri.NOT_MET),
    ("mixed 30 general + 60 foreigner-specific: strict policy", record(fine(30), fine(60, True)),
     Tri.NOT_MET),
    ("unknown intent of a 60 TS fine -> unknown", record(fine(60, intentional=None)),
     Tri.UNKNOWN),
    ("negligent offence with 200 TS does not count", record(fine(200, intentional=False)),
     Tri.MET),
    ("Freiheitsstrafe of 3 months on probation excludes",
     record(Conviction(D(2021, 1, 1), months=3, suspended=True, intentional=True)),
     Tri.NOT_MET),
    ("erased conviction (BZR Tilgung) no longer counts",
     record(fine(120, erasure_date=D(2026, 1, 1))), Tri.MET),
    ("conviction record unknown -> unknown", well_integrated(convictions=None), Tri.UNKNOWN),
]


@pytest.mark.parametrize(("facts", "expected"), [c[1:] for c in FINES_RULE],
                         ids=[c[0] for c in FINES_RULE])
def test_p19d_crime_50_90_rule(facts, expected):
    assert status_of(facts, "p19d", "p19d.crime") is expected


def test_p104c_ignores_juvenile_sanctions_other_than_jugendstrafe():
    """§ 104c Abs. 1 Nr. 2: Erziehungsmaßregel (no Jugendstrafe) is ignored."""
    facts = record(Conviction(D(2021, 1, 1), juvenile_sanction_only=True, intentional=True))
    assert status_of(facts, "p104c", "p104c.crime", D(2023, 6, 1)) is Tri.MET
    assert status_of(facts, "p19d", "p19d.crime", D(2023, 6, 1)) is Tri.NOT_MET


STRICT = [
    ("§ 60d: any fine for a general offence excludes, even 10 TS", record(fine(10)),
     Tri.NOT_MET),
    ("§ 60d: foreigner-specific fine of 90 TS is ignored", record(fine(90, True)), Tri.MET),
    ("§ 60d: spouse's record unknown -> unknown",
     well_integrated(convictions=(), has_spouse=True), Tri.UNKNOWN),
]


@pytest.mark.parametrize(("facts", "expected"), [c[1:] for c in STRICT],
                         ids=[c[0] for c in STRICT])
def test_p60d_strict_crime_rule(facts, expected):
    assert status_of(facts, "p60d", "p60d.crime") is expected


SERIOUS = [
    ("Freiheitsstrafe 6 months on probation: § 54 Abs. 2 Nr. 1 -> excluded",
     record(Conviction(D(2022, 1, 1), months=6, suspended=True, intentional=True,
                       youth_sentence=False)), Tri.NOT_MET),
    ("Freiheitsstrafe 5 months: below § 54 Abs. 2 Nr. 1",
     record(Conviction(D(2022, 1, 1), months=5, intentional=True, youth_sentence=False)),
     Tri.MET),
    ("Jugendstrafe 12 months suspended: not § 54 Abs. 2 Nr. 2",
     record(Conviction(D(2022, 1, 1), months=12, suspended=True, intentional=True,
                       youth_sentence=True)), Tri.MET),
    ("Jugendstrafe 12 months not suspended: § 54 Abs. 2 Nr. 2",
     record(Conviction(D(2022, 1, 1), months=12, suspended=False, intentional=True,
                       youth_sentence=True)), Tri.NOT_MET),
]


@pytest.mark.parametrize(("facts", "expected"), [c[1:] for c in SERIOUS],
                         ids=[c[0] for c in SERIOUS])
def test_p25b_serious_expulsion_interest(facts, expected):
    facts = facts.__class__(**{**facts.__dict__, "expulsion_interest_serious": None})
    assert status_of(facts, "p25b", "p54.no_serious_interest") is expected
