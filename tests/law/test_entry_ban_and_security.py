"""§ 11 Abs. 1 Satz 3 (entry ban, even against an Anspruch) and § 5 Abs. 4 AufenthG."""

import pytest
from law_builders import status_of, verdict_of, well_integrated

from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.verdict import Verdict


@pytest.mark.parametrize("pathway", ["p25b", "p25a", "p25_5", "p19d", "p16g"])
def test_entry_ban_in_force_blocks_every_title(pathway):
    """§ 11 Abs. 1 Satz 3: no title while the ban is in force."""
    assert verdict_of(well_integrated(entry_ban_in_force=True), pathway) is Verdict.BLOCKED


def test_entry_ban_does_not_bar_the_hardship_procedure():
    """§ 23a deviates from § 11: the hardship procedure stays possible (soft exclusion)."""
    facts = well_integrated(entry_ban_in_force=True, resides_in_nrw=True, return_date_fixed=False,
                            title_obtainable_elsewhere=False)
    assert verdict_of(facts, "p23a") is Verdict.MAY


def test_security_threat_blocks_p25b():
    """§ 5 Abs. 4: § 54 Abs. 1 Nr. 2/4 -> mandatory refusal."""
    assert verdict_of(well_integrated(security_threat=True), "p25b") is Verdict.BLOCKED


def test_obstruction_blocks_p25b():
    """§ 25b Abs. 2 Nr. 1: currently obstructing removal -> ist zu versagen."""
    assert verdict_of(well_integrated(obstruction_finding=True), "p25b") is Verdict.BLOCKED


def test_an_entry_ban_does_not_count_against_the_hardship_procedure_if_departure_is_impossible():
    """§ 5 Abs. 2 HFKVO NRW: a stay against an entry ban (§ 11) excludes in the rule, "außer die
    Ausreise ist rechtlich oder tatsächlich unmöglich". Ban in force + departure impossible:
    the soft exclusions are met; ban + impossibility unknown: unknown, not "not met"."""
    base = dict(entry_ban_in_force=True, resides_in_nrw=True, return_date_fixed=False,
                title_obtainable_elsewhere=False)
    assert status_of(well_integrated(**base, departure_impossible=True), "p23a",
                     "p23a.soft_exclusions") is Tri.MET
    assert status_of(well_integrated(**base, departure_impossible=False), "p23a",
                     "p23a.soft_exclusions") is Tri.NOT_MET
    assert status_of(well_integrated(**base, departure_impossible=None), "p23a",
                     "p23a.soft_exclusions") is Tri.UNKNOWN
