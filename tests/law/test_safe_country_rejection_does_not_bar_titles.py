"""§ 10 Abs. 3 Satz 2 AufenthG and a rejection under § 29a AsylG (safe country of origin).

Before 27.02.2024 Satz 2 named "§ 30 Abs. 3 Nummer 1 bis 6", since the RückVerbG it names
"§ 30 Absatz 1 Nummer 3 bis 7"; § 104 Abs. 19 keeps the old wording for rejections "bis zum
27. Februar 2024".  § 29a Abs. 1 AsylG ("ist als offensichtlich unbegründet abzulehnen") is a
ground of its own in both versions, so a rejection on § 29a alone bars nothing beyond Satz 1.
"""

from dataclasses import replace

import pytest
from law_builders import AS_OF, D, verdict_of, well_integrated

from wegweiser.law.engine.facts import AsylumProcedure
from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.single import evaluate
from wegweiser.law.engine.verdict import Verdict
from wegweiser.law.statute.asylum import ground_blocks


def rejected(decided, ground, final=None):
    """Well integrated, § 25 Abs. 5 met; asylum rejected as o.u. on `decided` for `ground`."""
    procedure = AsylumProcedure(D(2015, 3, 1), decided, "rejected_manifestly_unfounded", ground,
                                final or decided)
    return well_integrated(asylum=procedure, departure_impossible=True, obstacle_lasting=True,
                           departure_obstacle_self_caused=False)


SCENARIOS = [
    ("§ 29a AsylG, rejected 26.02.2024: old Satz 2 names only § 30 Abs. 3 Nr. 1-6 -> "
     "§ 25 Abs. 5 not barred", D(2024, 2, 26), "§ 29a AsylG", Verdict.SHOULD),
    ("§ 29a AsylG, rejected 27.02.2024 (last day of the old wording, § 104 Abs. 19) -> "
     "not barred", D(2024, 2, 27), "§ 29a AsylG", Verdict.SHOULD),
    ("§ 29a AsylG, rejected 28.02.2024: new Satz 2 names only § 30 Abs. 1 Nr. 3-7 -> "
     "not barred", D(2024, 2, 28), "§ 29a AsylG", Verdict.SHOULD),
    ("§ 29a AsylG, rejected 03.06.2025 -> not barred",
     D(2025, 6, 3), "§ 29a AsylG", Verdict.SHOULD),
    ("§ 30 Abs. 3 Nr. 1 AsylG a.F. (unsubstantiated), rejected 26.02.2024 -> barred",
     D(2024, 2, 26), "§ 30 Abs. 3 Nr. 1 AsylG a.F.", Verdict.BLOCKED),
    ("§ 30 Abs. 3 Nr. 6 AsylG a.F. (enforceable expulsion), rejected 27.02.2024 -> barred",
     D(2024, 2, 27), "§ 30 Abs. 3 Nr. 6 AsylG a.F.", Verdict.BLOCKED),
    ("§ 30 Abs. 1 Nr. 3 AsylG n.F. cited for a rejection of 27.02.2024 (old Satz 2 applies) "
     "-> other version's numbering, open", D(2024, 2, 27), "§ 30 Abs. 1 Nr. 3 AsylG",
     Verdict.UNKNOWN),
    ("§ 30 Abs. 1 Nr. 7 AsylG (danger to security), rejected 28.02.2024 -> barred",
     D(2024, 2, 28), "§ 30 Abs. 1 Nr. 7 AsylG", Verdict.BLOCKED),
    ("§ 30 Abs. 1 Nr. 2 AsylG (implausible), rejected 28.02.2024: not named -> not barred",
     D(2024, 2, 28), "§ 30 Abs. 1 Nr. 2 AsylG", Verdict.SHOULD),
    ("§ 29a and also § 30 Abs. 3 Nr. 5 AsylG a.F. (gross breach of duties), rejected 2019 "
     "-> the listed ground bars", D(2019, 5, 1), "§ 29a AsylG, § 30 Abs. 3 Nr. 5 AsylG a.F.",
     Verdict.BLOCKED),
    ("§ 29a and also § 30 Abs. 1 Nr. 8 AsylG (subsequent application), rejected 2025 -> "
     "nothing named -> not barred", D(2025, 1, 10), "§ 29a AsylG, § 30 Abs. 1 Nr. 8 AsylG",
     Verdict.SHOULD),
    ("§ 30 Abs. 2 AsylG a.F. (economic reasons), rejected 2018 -> not barred",
     D(2018, 9, 1), "§ 30 Abs. 2 AsylG a.F.", Verdict.SHOULD),
]


@pytest.mark.parametrize(("decided", "ground", "expected"), [s[1:] for s in SCENARIOS],
                         ids=[s[0] for s in SCENARIOS])
def test_p25_5_after_an_o_u_rejection(decided, ground, expected):
    assert verdict_of(rejected(decided, ground), "p25_5") is expected


def test_the_p10_3_s2_blocker_reads_met_after_a_safe_country_rejection():
    facts = rejected(D(2024, 2, 28), "§ 29a AsylG")
    blocker = next(b for b in evaluate(facts, AS_OF).blockers
                   if b.criterion_id == "blocker.p10_3_s2")
    assert blocker.status is Tri.MET
    assert "§ 29a" in str(blocker.reason)


def test_a_safe_country_rejection_needs_no_decision_date():
    """§ 29a is on neither list, so the date that picks the list does not matter."""
    facts = rejected(None, "§ 29a AsylG", final=D(2019, 5, 1))
    assert verdict_of(facts, "p25_5") is Verdict.SHOULD
    assert ground_blocks("§ 29a AsylG", None) is False
    assert ground_blocks("§ 30 Abs. 1 Nr. 3 AsylG", None) is None


def test_satz_1_still_applies_after_a_safe_country_rejection():
    """§ 10 Abs. 3 Satz 1: after a final rejection only Abschnitt-5 titles; § 19d is in
    Abschnitt 4 and keeps only its own exception (§ 19d Abs. 3)."""
    from wegweiser.law.engine.features import compute_features

    features = compute_features(rejected(D(2024, 2, 28), "§ 29a AsylG"), AS_OF)
    assert features["asylum_s1"] is True and features["asylum_s2"] is False


@pytest.mark.parametrize(("ground", "expected"), [
    ("", None), ("unklar", None), ("§ 29 a AsylG", False), ("§ 30 Abs. 3 Nr. 16 AsylG", None),
    ("§ 30 Absatz 3 Nummer 4 AsylG", True), ("§ 30 Abs. 3 Satz 1 Nr. 2 AsylG", True),
])
def test_how_the_recorded_ground_is_read_for_a_2019_rejection(ground, expected):
    assert ground_blocks(ground, D(2019, 5, 1)) is expected


def test_batch_reads_the_grounds_as_the_single_case_does():
    from wegweiser.law.engine.batch import evaluate_frame
    from wegweiser.law.engine.frames import facts_to_frames

    cases = [replace(rejected(decided, ground), person_id=str(i))
             for i, (_, decided, ground, _) in enumerate(SCENARIOS)]
    frame = evaluate_frame(facts_to_frames(cases), AS_OF)
    batch = dict(zip(frame["person_id"].to_list(), frame["v:p25_5"].to_list(), strict=True))
    assert batch == {str(i): expected.value for i, (*_, expected) in enumerate(SCENARIOS)}
