"""§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG derived from the file: a national of a safe country of
origin (Anlage II AsylG, dated) whose asylum application filed after 31.08.2015 was rejected,
or who never applied, may not be permitted to work - which bars § 60c and § 16g (Abs. 2 Nr. 1).
The file proves a ban, never its absence (Nr. 1, Nr. 2 and the exceptions are not in it)."""

import pytest
from law_builders import D, status_of, well_integrated

from wegweiser.law.engine.facts import AsylumProcedure
from wegweiser.law.engine.logic import Tri

APPLIED_2016 = D(2016, 4, 1)
TODAY = D(2026, 11, 25)


def _national(code, applied=APPLIED_2016, outcome="rejected", **changes):
    asylum = AsylumProcedure(applied, applied, outcome, "", applied) if applied else None
    return well_integrated(**{"nationality": code, "asylum": asylum, "employment_ban_60a6": None,
                              **changes})


def _ban(facts, as_of=TODAY):
    return status_of(facts, "p60c", "blocker.p60a_6", as_of)


CASES = [
    ("Serbia, applied 2016, rejected: ban", _national("SRB"), Tri.NOT_MET),
    ("Serbia, rejected as manifestly unfounded: ban",
     _national("SRB", outcome="rejected_manifestly_unfounded"), Tri.NOT_MET),
    ("Serbia, applied 2014 (before 01.09.2015): no ban by Nr. 3, Nr. 1/2 open",
     _national("SRB", applied=D(2014, 5, 1)), Tri.UNKNOWN),
    ("Syria (not a safe country): nothing derivable", _national("SYR"), Tri.UNKNOWN),
    ("Serbia, withdrawn: the counselling exception is not recorded -> open",
     _national("SRB", outcome="withdrawn"), Tri.UNKNOWN),
    ("Albania, never applied, adult at entry: ban",
     _national("ALB", applied=None, asylum_applied=False), Tri.NOT_MET),
    ("Albania, never applied, 15 at entry: the Kindeswohl exception (Satz 3) may apply -> open",
     _national("ALB", applied=None, asylum_applied=False, birth_date=D(2000, 1, 1)), Tri.UNKNOWN),
    ("Georgia, applied 01.05.2023: § 104 Abs. 18 -> no ban by Nr. 3",
     _national("GEO", applied=D(2023, 5, 1)), Tri.UNKNOWN),
    ("Georgia, applied 15.09.2023, rejected: ban (safe since 23.12.2023)",
     _national("GEO", applied=D(2023, 9, 15)), Tri.NOT_MET),
    ("the office's answer 'no ban' wins over the file (e.g. an exception it knows)",
     _national("SRB", employment_ban_60a6=False), Tri.MET),
]


@pytest.mark.parametrize(("facts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_ban_of_nr_3(facts, expected):
    assert _ban(facts) is expected


def test_georgia_was_not_yet_safe_in_october_2023():
    """Anlage II lists Georgia from 23.12.2023: on 01.11.2023 nothing follows from Nr. 3."""
    assert _ban(_national("GEO", applied=D(2023, 9, 15)), D(2023, 11, 1)) is Tri.UNKNOWN


def test_the_ban_bars_the_training_duldung():
    """§ 60c Abs. 2 Nr. 1: an Ausschlussgrund nach § 60a Abs. 6 bars the Ausbildungsduldung."""
    from law_builders import verdict_of

    from wegweiser.law.engine.verdict import Verdict
    assert verdict_of(_national("SRB"), "p60c") is Verdict.BLOCKED
