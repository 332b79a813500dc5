"""§ 25a Abs. 2-4 AufenthG: family members of a well-integrated young person.

The family link decides whom Abs. 2 is about: without it the pathway is "not met", and no
exclusion is reported for a person the norm does not concern.  Satz 1 Nr. 1 (no obstruction)
and Nr. 2 (livelihood by work) are requirements for parents and spouses (Satz 1, 3), not for
minor children (Satz 2, 5); Abs. 3 (convictions) excludes every Abs. 2 title.
"""

from dataclasses import replace

import pytest
from law_builders import D, criterion, verdict_of, well_integrated

from wegweiser.law.engine.facts import AsylumProcedure, Conviction
from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.verdict import Verdict

CONVICTED = (Conviction(D(2022, 3, 1), daily_rates=120, intentional=True,
                        foreigner_specific=False),)  # 120 Tagessätze: Abs. 3


def parent(**changes):
    """An adult parent of a minor § 25a holder, working, every requirement of Abs. 2 met."""
    return well_integrated(**{"family_of_25a_holder": True, "obstruction_finding": False,
                              **changes})


def child(**changes):
    """A 12-year-old sibling of a § 25a holder, living with the parent (Satz 2)."""
    return parent(**{"birth_date": D(2014, 6, 1), "livelihood_secured": False,
                     "livelihood_share_own_earnings": 0.0, **changes})


SCENARIOS = [
    ("parent of a § 25a holder, no obstruction, livelihood by work, clean record -> may",
     parent(), Verdict.MAY),
    ("no family link but a conviction of 120 Tagessätze -> not met (Abs. 2 does not concern "
     "the person), not blocked", well_integrated(family_of_25a_holder=False,
                                                 convictions=CONVICTED), Verdict.NOT_MET),
    ("no family link and removal obstructed -> not met", well_integrated(
        family_of_25a_holder=False, obstruction_finding=True), Verdict.NOT_MET),
    ("parent with a conviction of 120 Tagessätze -> blocked (Abs. 3)",
     parent(convictions=CONVICTED), Verdict.BLOCKED),
    ("link unknown but a conviction of 120 Tagessätze -> blocked whatever the link (Abs. 3)",
     parent(family_of_25a_holder=None, convictions=CONVICTED), Verdict.BLOCKED),
    ("link unknown, everything else met -> open", parent(family_of_25a_holder=None),
     Verdict.UNKNOWN),
    ("parent whose removal is delayed by refused cooperation -> not met (Satz 1 Nr. 1)",
     parent(obstruction_finding=True), Verdict.NOT_MET),
    ("parent who deceived in the past, removal no longer delayed by it -> may (Nr. 1 is "
     "present tense)", parent(deception_finding=True), Verdict.MAY),
    ("parent living on benefits -> not met (Satz 1 Nr. 2)",
     parent(livelihood_secured=False, livelihood_share_own_earnings=0.3), Verdict.NOT_MET),
    ("minor sibling without own income -> may (Satz 2 has no Nr. 2)", child(), Verdict.MAY),
    ("minor sibling, obstruction recorded in the file -> may (Satz 2 has no Nr. 1)",
     child(obstruction_finding=True), Verdict.MAY),
    ("adult family member, livelihood unknown -> open", parent(livelihood_secured=None),
     Verdict.UNKNOWN),
]


@pytest.mark.parametrize(("facts", "expected"), [s[1:] for s in SCENARIOS],
                         ids=[s[0] for s in SCENARIOS])
def test_p25a_abs_2(facts, expected):
    assert verdict_of(facts, "p25a_2") is expected


def test_the_explanation_names_the_missing_link_and_no_exclusion():
    facts = well_integrated(family_of_25a_holder=False, convictions=CONVICTED)
    link = criterion(facts, "p25a_2", "p25a.family_link")
    assert link.status is Tri.NOT_MET
    assert "Abs. 2 kommt nicht in Betracht" in str(link.reason)


def test_an_o_u_rejection_does_not_bar_the_family_title_either():
    """§ 25a Abs. 4: the AE "kann abweichend von § 10 Abs. 3 Satz 2 erteilt werden"."""
    rejected = AsylumProcedure(D(2015, 3, 10), D(2024, 6, 1), "rejected_manifestly_unfounded",
                               "§ 30 Abs. 1 Nr. 4 AsylG", D(2024, 7, 1))
    facts = parent(asylum=rejected)
    assert verdict_of(facts, "p25a_2") is Verdict.MAY
    assert criterion(facts, "p25a_2", "blocker.p10_3_s2").status is Tri.NOT_MET


def test_the_p25b_family_link_also_comes_before_exclusions():
    """§ 25b Abs. 4: same structure - not a spouse/child of a § 25b beneficiary -> not met."""
    facts = replace(well_integrated(family_of_25b_holder=False), security_threat=True)
    assert verdict_of(facts, "p25b_4") is Verdict.NOT_MET
    assert verdict_of(replace(facts, family_of_25b_holder=True), "p25b_4") is Verdict.BLOCKED
