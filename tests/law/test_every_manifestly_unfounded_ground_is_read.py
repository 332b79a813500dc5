"""Every ground of a rejection as "offensichtlich unbegründet" (§ 29a and § 30 AsylG, old and
new numbering) is read against the wording of § 10 Abs. 3 Satz 2 AufenthG in force at the
decision (§ 104 Abs. 19: old wording for rejections "bis zum 27. Februar 2024").

Old Satz 2: "nach § 30 Abs. 3 Nummer 1 bis 6 des Asylgesetzes" - so § 30 Abs. 1, 2, 3 Nr. 7, 4
and 5 AsylG a.F. (all o.u. grounds of their own) do not bar.  New Satz 2: "nach § 30 Absatz 1
Nummer 3 bis 7" - so § 30 Abs. 1 Nr. 1, 2, 8, 9 n.F. do not bar.  § 30 Abs. 2 n.F. is no ground
(it excludes Abs. 1 Nr. 1-6 for unaccompanied minors).
"""

from dataclasses import replace

import pytest
from law_builders import AS_OF, D, verdict_of, well_integrated

from wegweiser.law.engine.facts import AsylumProcedure
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.verdict import Verdict
from wegweiser.law.statute.asylum import GROUNDS, ground_blocks

OLD_DAY, NEW_DAY = D(2019, 5, 10), D(2025, 6, 3)

# (scenario, ground, decided, Satz 2 applies?) - written out, not derived from GROUNDS.
SCENARIOS = [
    ("§ 30 Abs. 1 AsylG a.F. (protection obviously not met), rejected 10.05.2019 -> "
     "§ 10 Abs. 3 Satz 2 does not apply", "§ 30 Abs. 1 AsylG a.F.", OLD_DAY, False),
    ("§ 30 Abs. 2 AsylG a.F. (economic reasons), rejected 10.05.2019 -> does not apply",
     "§ 30 Abs. 2 AsylG a.F.", OLD_DAY, False),
    *[(f"§ 30 Abs. 3 Nr. {n} AsylG a.F., rejected 10.05.2019 -> applies",
       f"§ 30 Abs. 3 Nr. {n} AsylG a.F.", OLD_DAY, True) for n in range(1, 7)],
    ("§ 30 Abs. 3 Nr. 7 AsylG a.F. (application for a minor after the parents' rejection), "
     "rejected 10.05.2019 -> does not apply", "§ 30 Abs. 3 Nr. 7 AsylG a.F.", OLD_DAY, False),
    ("§ 30 Abs. 4 AsylG a.F. (§ 60 Abs. 8 AufenthG / § 3 Abs. 2 AsylG), rejected 10.05.2019 "
     "-> does not apply", "§ 30 Abs. 4 AsylG a.F.", OLD_DAY, False),
    ("§ 30 Abs. 5 AsylG a.F. (no asylum application in the sense of § 13 Abs. 1), rejected "
     "27.02.2024 (last day of the old wording) -> does not apply", "§ 30 Abs. 5 AsylG a.F.",
     D(2024, 2, 27), False),
    ("§ 30 Abs. 1 AsylG a.F. and § 30 Abs. 3 Nr. 2 AsylG a.F., rejected 10.05.2019 -> the "
     "listed ground applies", "§ 30 Abs. 1 AsylG a.F., § 30 Abs. 3 Nr. 2 AsylG a.F.", OLD_DAY,
     True),
    ("§ 29a AsylG and § 30 Abs. 2 AsylG a.F., rejected 10.05.2019 -> does not apply",
     "§ 29a AsylG, § 30 Abs. 2 AsylG a.F.", OLD_DAY, False),
    *[(f"§ 30 Abs. 1 Nr. {n} AsylG n.F., rejected 03.06.2025 -> "
       f"{'applies' if 3 <= n <= 7 else 'does not apply'}", f"§ 30 Abs. 1 Nr. {n} AsylG", NEW_DAY,
       3 <= n <= 7) for n in range(1, 10)],
    ("§ 30 Abs. 1 Nr. 8 AsylG n.F. (subsequent application), rejected 28.02.2024 -> "
     "does not apply", "§ 30 Abs. 1 Nr. 8 AsylG", D(2024, 2, 28), False),
    ("§ 29a AsylG, rejected 03.06.2025 -> does not apply", "§ 29a AsylG", NEW_DAY, False),
    ("§ 29a AsylG, rejected 10.05.2019 -> does not apply", "§ 29a AsylG", OLD_DAY, False),
    ("§ 30 Abs. 1 AsylG a.F. cited for a rejection of 03.06.2025 (new wording) -> other "
     "version's numbering, open", "§ 30 Abs. 1 AsylG a.F.", NEW_DAY, None),
    ("§ 30 Abs. 1 Nr. 3 AsylG n.F. cited for a rejection of 10.05.2019 -> open, not read as "
     "§ 30 Abs. 1 a.F.", "§ 30 Abs. 1 Nr. 3 AsylG", OLD_DAY, None),
    ("§ 30 Abs. 2 AsylG n.F. (minors' exclusion, no ground), rejected 03.06.2025 -> open",
     "§ 30 Abs. 2 AsylG", NEW_DAY, None),
]


def rejected(decided, ground):
    procedure = AsylumProcedure(D(2015, 3, 1), decided, "rejected_manifestly_unfounded", ground,
                                decided)
    return well_integrated(asylum=procedure, departure_impossible=True, obstacle_lasting=True,
                           departure_obstacle_self_caused=False)


@pytest.mark.parametrize(("ground", "decided", "applies"), [s[1:] for s in SCENARIOS],
                         ids=[s[0] for s in SCENARIOS])
def test_satz_2_after_an_o_u_rejection(ground, decided, applies):
    assert ground_blocks(ground, decided) is applies
    assert compute_features(rejected(decided, ground), AS_OF)["asylum_s2"] is applies


@pytest.mark.parametrize(("ground", "decided", "applies"), [s[1:] for s in SCENARIOS],
                         ids=[s[0] for s in SCENARIOS])
def test_p25_5_follows_satz_2(ground, decided, applies):
    expected = {True: Verdict.BLOCKED, False: Verdict.SHOULD, None: Verdict.UNKNOWN}[applies]
    assert verdict_of(rejected(decided, ground), "p25_5") is expected


def test_every_declared_ground_is_read_for_its_own_version():
    """The case form offers exactly GROUNDS; each one must be readable (never "open")."""
    for ground in GROUNDS:
        days = {"old": [OLD_DAY], "new": [NEW_DAY], "both": [OLD_DAY, NEW_DAY]}[ground.version]
        for day in days:
            assert ground_blocks(ground.code, day) is ground.bars, (ground.code, day)


def test_batch_reads_every_scenario_as_the_single_case_does():
    from wegweiser.law.engine.batch import evaluate_frame
    from wegweiser.law.engine.frames import facts_to_frames

    cases = [replace(rejected(decided, ground), person_id=str(i))
             for i, (_, ground, decided, _) in enumerate(SCENARIOS)]
    frame = evaluate_frame(facts_to_frames(cases), AS_OF)
    verdicts = dict(zip(frame["person_id"].to_list(), frame["v:p25_5"].to_list(), strict=True))
    assert verdicts == {str(i): verdict_of(case, "p25_5").value for i, case in enumerate(cases)}
