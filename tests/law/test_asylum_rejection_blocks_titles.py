"""§ 10 Abs. 3 Satz 2 AufenthG and § 104 Abs. 19: o.u.-rejections before/after 27.02.2024."""

import pytest
from law_builders import D, verdict_of, well_integrated

from wegweiser.law.engine.facts import AsylumProcedure
from wegweiser.law.engine.verdict import Verdict


def rejected(decided, ground):
    return well_integrated(asylum=AsylumProcedure(D(2015, 3, 1), decided,
                                                  "rejected_manifestly_unfounded", ground,
                                                  decided), departure_impossible=True,
                           obstacle_lasting=True, departure_obstacle_self_caused=False)


SCENARIOS = [
    ("rejected 28.02.2024 under § 30 Abs. 1 Nr. 3 AsylG (identity deception): § 25 Abs. 5 "
     "blocked", rejected(D(2024, 2, 28), "§ 30 Abs. 1 Nr. 3 AsylG"), "p25_5", Verdict.BLOCKED),
    ("rejected 28.02.2024 under § 30 Abs. 1 Nr. 1 AsylG: not listed, § 25 Abs. 5 open",
     rejected(D(2024, 2, 28), "§ 30 Abs. 1 Nr. 1 AsylG"), "p25_5", Verdict.SHOULD),
    ("rejected 27.02.2024 under old § 30 Abs. 3 Nr. 2 AsylG: old list still applies, blocked",
     rejected(D(2024, 2, 27), "§ 30 Abs. 3 Nr. 2 AsylG"), "p25_5", Verdict.BLOCKED),
    ("rejected 28.02.2024 but cited with old numbering -> needs a human look (unknown)",
     rejected(D(2024, 2, 28), "§ 30 Abs. 3 Nr. 2 AsylG"), "p25_5", Verdict.UNKNOWN),
    ("rejected 2019 under § 30 Abs. 3 Nr. 7 AsylG a.F. (not in Nr. 1-6): not blocked",
     rejected(D(2019, 5, 1), "§ 30 Abs. 3 Nr. 7 AsylG"), "p25_5", Verdict.SHOULD),
    ("§ 25b may deviate from § 10 Abs. 3 Satz 2 (Abs. 5 Satz 2): discretion (MAY)",
     rejected(D(2024, 6, 1), "§ 30 Abs. 1 Nr. 4 AsylG"), "p25b", Verdict.MAY),
    ("§ 19d has no exception: blocked after a listed o.u.-rejection",
     rejected(D(2024, 6, 1), "§ 30 Abs. 1 Nr. 4 AsylG"), "p19d", Verdict.BLOCKED),
]


@pytest.mark.parametrize(("facts", "pathway", "expected"), [s[1:] for s in SCENARIOS],
                         ids=[s[0] for s in SCENARIOS])
def test_p10_3_satz_2(facts, pathway, expected):
    assert verdict_of(facts, pathway) is expected


def test_national_deportation_ban_neutralises_satz_2():
    """§ 10 Abs. 3 Satz 3 Hs. 2: § 25 Abs. 3 requirements met -> Satz 2 not applied."""
    facts = rejected(D(2024, 6, 1), "§ 30 Abs. 1 Nr. 4 AsylG")
    facts = facts.__class__(**{**facts.__dict__, "national_deportation_ban": True})
    assert verdict_of(facts, "p25_5") is Verdict.SHOULD


def test_spurwechsel_flag_after_withdrawal_before_29_03_2023():
    """§ 10 Abs. 3 Satz 5: withdrawn asylum application and entry before 29.03.2023."""
    from wegweiser.law.engine.features import compute_features
    from wegweiser.law.engine.single import evaluate_row

    facts = well_integrated(entry_date=D(2023, 3, 28), asylum=AsylumProcedure(
        D(2023, 4, 1), None, "withdrawn", "", None, D(2023, 9, 1)))
    row = evaluate_row(compute_features(facts, D(2026, 11, 25)), D(2026, 11, 25))
    assert row["f:p10_3_s5"] is True
