"""Regelvoraussetzungen decide the verdict (docs/law/README.md, "Wie man ein Ergebnis liest").

"soll"/"ist zu erteilen" only when every requirement is met, Regelvoraussetzungen included.
One that fails for good gives "kann" where the statute lets the office waive it by discretion
(naming that norm), otherwise "nicht erfüllt" with "atypischen Fall prüfen"; one that is
unknown gives "offen".
"""

from dataclasses import replace

from law_builders import AS_OF, D, well_integrated

from wegweiser.law.engine.facts import LanguageCertificate, SchoolRecord, TrainingRecord
from wegweiser.law.engine.single import evaluate
from wegweiser.law.engine.verdict import Verdict


def _p(facts, pathway):
    return evaluate(facts, AS_OF).pathway(pathway)


def test_p25b_without_oral_german_a2_is_not_met_and_asks_for_an_atypical_case():
    """§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG: no A2 certificate, no illness -> not met (was "soll")."""
    pv = _p(well_integrated(language_certificates=()), "p25b")
    assert pv.verdict is Verdict.NOT_MET
    assert pv.deciding == ("p25b.language_a2",)
    assert any("atypischen Fall prüfen" in str(t) for t in pv.exceptions_needed)


def test_p25b_with_unknown_livelihood_is_unknown_not_should():
    """§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG: livelihood and own-earnings share not recorded -> open."""
    facts = well_integrated(livelihood_secured=None, livelihood_share_own_earnings=None)
    pv = _p(facts, "p25b")
    assert pv.verdict is Verdict.UNKNOWN
    assert pv.deciding == ("p25b.livelihood",)


def test_p25b_without_passport_is_may_under_the_section_5_waiver():
    """§ 5 Abs. 1 Nr. 4, Abs. 3 Satz 2 AufenthG: § 25b is a title of Abschnitt 5, so a missing
    passport may be waived by discretion -> "kann", naming § 5 Abs. 3 Satz 2."""
    pv = _p(well_integrated(passport_held=False), "p25b")
    assert pv.verdict is Verdict.MAY
    assert pv.deciding == ("p5.passport",)
    assert any("§ 5 Abs. 3 Satz 2 AufenthG" in str(t) for t in pv.waivers_needed)


def _qualified(**changes):
    """§ 19d Abs. 1 Nr. 1 a: a qualified training passed in Germany, housing, B1."""
    return well_integrated(
        training=(TrainingRecord(D(2019, 8, 1), D(2022, 7, 31), "qualified", True),),
        housing_sufficient=True,
        language_certificates=(LanguageCertificate("B1", "full", D(2021, 1, 1)),), **changes)


def test_p19d_without_passport_is_not_met_because_no_section_5_waiver_applies():
    """§ 19d is in Kapitel 2 Abschnitt 4: § 5 Abs. 3 Satz 2 does not reach it and § 19d Abs. 3
    waives only § 5 Abs. 2 and § 10 Abs. 3 Satz 1 -> without passport "nicht erfüllt"."""
    assert _p(_qualified(), "p19d").verdict is Verdict.MAY  # § 19d Abs. 3: § 10 Abs. 3 Satz 1
    pv = _p(_qualified(passport_held=False), "p19d")
    assert pv.verdict is Verdict.NOT_MET
    assert pv.deciding == ("p5.passport",)
    assert any("atypischen Fall prüfen" in str(t) for t in pv.exceptions_needed)


def _impossible(**changes):
    return well_integrated(departure_impossible=True, obstacle_lasting=True,
                           departure_obstacle_self_caused=False, **changes)


def test_p25_5_after_18_months_without_livelihood_is_may_not_should():
    """§ 25 Abs. 5 Satz 2 with § 5 Abs. 1 Nr. 1, Abs. 3 Satz 2 AufenthG: suspended for years,
    livelihood not secured -> the "soll" falls back to "kann" (waiver by discretion)."""
    assert _p(_impossible(), "p25_5").verdict is Verdict.SHOULD
    pv = _p(_impossible(livelihood_secured=False), "p25_5")
    assert pv.verdict is Verdict.MAY
    assert pv.deciding == ("p5.livelihood",)


def test_unknown_bar_of_section_10_under_p25b_is_unknown_with_at_least_may():
    """§ 25b Abs. 5 Satz 2, § 10 Abs. 3 Satz 2 AufenthG: rejected as manifestly unfounded, ground
    not recorded -> the bar may apply (then only "kann") or not ("soll"): open, at least "kann"."""
    facts = well_integrated()
    facts = replace(facts, asylum=replace(facts.asylum, outcome="rejected_manifestly_unfounded"))
    pv = _p(facts, "p25b")
    assert pv.verdict is Verdict.UNKNOWN
    assert pv.floor is Verdict.MAY
    assert pv.deciding == ("blocker.p10_3_s2",)


def test_certain_bar_of_section_10_under_p25b_is_may_naming_abs_5():
    """§ 25b Abs. 5 Satz 2 AufenthG: rejected under § 30 Abs. 3 Nr. 2 AsylG a.F. (2018) ->
    "kann abweichend von § 10 Abs. 3 Satz 2"."""
    facts = well_integrated()
    facts = replace(facts, asylum=replace(facts.asylum, outcome="rejected_manifestly_unfounded",
                                          manifestly_unfounded_ground="§ 30 Abs. 3 Nr. 2 AsylG a.F."))
    pv = _p(facts, "p25b")
    assert pv.verdict is Verdict.MAY
    assert any("§ 25b Abs. 5 Satz 2 AufenthG" in str(t) for t in pv.waivers_needed)


def test_an_unknown_circle_does_not_hide_a_certain_bar():
    """§ 25b Abs. 4 with § 11 Abs. 1 AufenthG: family link unknown, entry ban in force -> whoever
    the person is, the title is barred."""
    facts = well_integrated(family_of_25b_holder=None, entry_ban_in_force=True)
    pv = _p(facts, "p25b_4")
    assert pv.verdict is Verdict.BLOCKED
    assert pv.deciding == ("blocker.p11",)


def test_p25_5_names_the_day_kann_becomes_soll():
    """§ 25 Abs. 5 Satz 2 AufenthG: Duldung since 01.01.2026, 25.11.2026 -> "kann" now, "soll"
    once deportation has been suspended for 18 months: on 01.07.2027."""
    from law_builders import period
    facts = _impossible(status_periods=(period("duldung", D(2026, 1, 1)),))
    pv = _p(facts, "p25_5")
    assert pv.verdict is Verdict.MAY
    assert pv.upgrade_on == D(2027, 7, 1)


def test_a_pending_residence_time_names_itself_and_is_no_atypical_case():
    """§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG: Duldung since 01.01.2022 -> six years on 01.01.2028;
    the result is "voraussichtlich erfüllt ab", decided by the residence time alone."""
    from law_builders import period
    pv = _p(well_integrated(status_periods=(period("duldung", D(2022, 1, 1)),)), "p25b")
    assert pv.verdict is Verdict.PENDING_TIME
    assert pv.pending_date == D(2028, 1, 1)
    assert pv.deciding == ("p25b.residence_duration",)
    assert pv.exceptions_needed == ()


def test_an_unknown_circle_with_a_failing_requirement_names_the_requirement():
    """§ 25b Abs. 4 AufenthG: family link unknown, no A2 (Abs. 1 Satz 2 Nr. 4) -> whoever the
    person is, not met; the result names the language, not nothing."""
    pv = _p(well_integrated(family_of_25b_holder=None, language_certificates=()), "p25b_4")
    assert pv.verdict is Verdict.NOT_MET
    assert pv.deciding == ("p25b.language_a2",)


def test_a_day_known_only_as_a_range_is_named_when_it_leaves_the_result_open():
    """§ 25a Abs. 1 Satz 1 AufenthG (from 14): born 2013, birth year only, at school since
    2019 - turns 14 on some day of 2027: the day it is met is a range -> open, and it says why
    (before, the list was empty)."""
    school = (SchoolRecord(D(2019, 8, 1), None, "Realschule", None, True),)
    facts = well_integrated(birth_date=D(2013, 1, 1), birth_date_precision="year", school=school,
                            in_education=True, livelihood_secured=False)
    pv = _p(facts, "p25a")
    assert pv.verdict is Verdict.UNKNOWN
    assert pv.deciding == ("p25a.age_min",)
