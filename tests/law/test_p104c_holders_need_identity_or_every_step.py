"""§ 25a Abs. 6, § 25b Abs. 8 AufenthG: a holder of a § 104c permit "soll" get the follow-up
title only with clarified identity (§ 5 Abs. 1 Nr. 1a); having taken every necessary and
reasonable step to clarify it, the office "kann" grant it (Satz 2); otherwise not at all."""

import pytest
from law_builders import D, period, verdict_of, well_integrated

from wegweiser.law.engine.facts import SchoolRecord

AS_OF = D(2024, 6, 1)
HOLDER = (period("gestattung", D(2015, 3, 1), D(2018, 6, 30)),
          period("duldung", D(2018, 7, 1), D(2023, 5, 31)),
          period("residence_permit", D(2023, 6, 1), D(2024, 11, 30), "§ 104c"))


def _holder(**changes):
    return well_integrated(status_periods=HOLDER, **changes)


def _young_holder(**changes):
    """Born 2004, at school in Germany since 2015: § 25a Abs. 1 in every other respect."""
    return _holder(birth_date=D(2004, 2, 1), in_education=True, livelihood_secured=False,
                   school=(SchoolRecord(D(2015, 9, 1), D(2022, 7, 31), "Gesamtschule", "MSA",
                                        True),), **changes)


@pytest.mark.parametrize(("pathway", "facts"), [("p25b", _holder), ("p25a", _young_holder)])
def test_identity_clarified_gives_what_the_norm_says(pathway, facts):
    """Identity clarified -> "soll" as in Abs. 1."""
    assert verdict_of(facts(), pathway, AS_OF).value == "should"


@pytest.mark.parametrize(("pathway", "facts"), [("p25b", _holder), ("p25a", _young_holder)])
def test_every_step_taken_without_clarified_identity_gives_may(pathway, facts):
    """Identity not clarified, every reasonable step taken -> "kann" (Satz 2)."""
    holder = facts(identity_clarified=False, identity_steps_taken=True)
    assert verdict_of(holder, pathway, AS_OF).value == "may"


@pytest.mark.parametrize(("pathway", "facts"), [("p25b", _holder), ("p25a", _young_holder)])
def test_neither_clarified_nor_every_step_taken_is_not_met(pathway, facts):
    """Identity not clarified and not every step taken -> not met."""
    holder = facts(identity_clarified=False, identity_steps_taken=False)
    assert verdict_of(holder, pathway, AS_OF).value == "not_met"


def test_the_rule_does_not_touch_a_tolerated_person():
    """A geduldete person (no § 104c permit) without clarified identity: § 5 Abs. 1 Nr. 1a
    with § 5 Abs. 3 Satz 2 -> "kann", whatever steps were taken."""
    facts = well_integrated(identity_clarified=False, identity_steps_taken=False)
    assert verdict_of(facts, "p25b").value == "may"
