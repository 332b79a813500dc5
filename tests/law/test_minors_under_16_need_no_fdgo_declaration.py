"""BVerwG, Urt. v. 27.02.2025 – 1 C 13.23: § 104c Abs. 1 Satz 1 Nr. 1 AufenthG does not ask
minors under 16 for the declaration on the free democratic basic order (age on the day of the
decision). Modelled from the day of the judgment; for § 25b Abs. 1 Satz 2 Nr. 2 (and children
under Abs. 4) the office applies it by analogy unless its policy says otherwise."""

from dataclasses import replace

from law_builders import D, status_of, well_integrated

from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.single import evaluate
from wegweiser.law.statute.parameters import DEFAULT_POLICY

BORN = D(2010, 3, 1)  # 15 on 01.06.2025, 16 on 01.03.2026


def _child(**changes):
    return well_integrated(**{"birth_date": BORN, "fdgo_declaration": False, **changes})


def test_p104c_a_15_year_old_needs_no_declaration_after_the_judgment():
    """§ 104c Abs. 1 Satz 1 Nr. 1: 15 years old on 01.06.2025, no declaration -> met."""
    assert status_of(_child(), "p104c", "p104c.fdgo", D(2025, 6, 1)) is Tri.MET


def test_p104c_before_the_judgment_the_declaration_was_asked_of_everyone():
    """On 01.06.2024 (before 27.02.2025) the office asked every applicant: not met."""
    assert status_of(_child(), "p104c", "p104c.fdgo", D(2024, 6, 1)) is Tri.NOT_MET


def test_p104c_at_16_the_declaration_is_needed():
    """16 years old on 01.06.2026: the exemption ends."""
    assert status_of(_child(), "p104c", "p104c.fdgo", D(2026, 6, 1)) is Tri.NOT_MET


def test_p104c_an_unknown_birthday_around_16_leaves_it_open():
    """Born 2010 (year only): 15 or 16 on 01.02.2026 - open, not "not met"."""
    facts = _child(birth_date_precision="year")
    assert status_of(facts, "p104c", "p104c.fdgo", D(2026, 2, 1)) is Tri.UNKNOWN


def test_p25b_4_a_child_under_16_needs_no_declaration_by_default():
    """§ 25b Abs. 4 with Abs. 1 Satz 2 Nr. 2 (analogy, policy default): a 12-year-old child of
    a beneficiary without a declaration -> the requirement is met."""
    facts = _child(birth_date=D(2014, 1, 1), family_of_25b_holder=True)
    assert status_of(facts, "p25b_4", "p25b.fdgo", D(2026, 6, 1)) is Tri.MET


def test_p25b_4_an_office_that_does_not_apply_the_analogy_asks_the_child():
    facts = _child(birth_date=D(2014, 1, 1), family_of_25b_holder=True)
    policy = replace(DEFAULT_POLICY, fdgo_minors_exempt_in_25b=False)
    pv = evaluate(facts, D(2026, 6, 1), policy).pathway("p25b_4")
    assert next(c.status for c in pv.criteria if c.criterion_id == "p25b.fdgo") is Tri.NOT_MET
