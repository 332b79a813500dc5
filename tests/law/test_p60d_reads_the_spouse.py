"""§ 60d Abs. 1 Nr. 7 AufenthG: neither the person nor the spouse convicted of an intentional
offence (foreigner-specific fines up to 90 Tagessätze aside). Whether there is a spouse has
three states: known, known to be none, unknown - a missing link is not "no spouse"."""

import pytest
from law_builders import D, status_of, well_integrated

from wegweiser.law.engine.facts import Conviction
from wegweiser.law.engine.logic import Tri

FINE = Conviction(D(2023, 5, 1), daily_rates=30, foreigner_specific=False, intentional=True)
CASES = [
    ("known to have no spouse: only the own record counts", {"has_spouse": False}, Tri.MET),
    ("unknown whether married: open (before: read as 'no spouse')", {"has_spouse": None},
     Tri.UNKNOWN),
    ("married, the spouse's file shows a clean evaluated record",
     {"has_spouse": True, "spouse_convictions": ()}, Tri.MET),
    ("married, the spouse's file shows a fine of 30 TS for a general offence",
     {"has_spouse": True, "spouse_convictions": (FINE,)}, Tri.NOT_MET),
    ("married, no evaluated record of the spouse, the office says clean",
     {"has_spouse": True, "spouse_criminal_record_clean": True}, Tri.MET),
]


@pytest.mark.parametrize(("facts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_spouse_under_section_60d_nr_7(facts, expected):
    assert status_of(well_integrated(**facts), "p60d", "p60d.crime") is expected
