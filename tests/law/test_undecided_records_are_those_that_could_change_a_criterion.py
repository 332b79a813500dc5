"""The law names the records whose unknown field could change an open criterion
(law/engine/record_variants.py): counted as possible, not as certain, within the counted period."""

from datetime import date

from tests.law.law_builders import AS_OF, well_integrated
from wegweiser.law.engine.expr import Env
from wegweiser.law.engine.facts import Employment, SchoolRecord
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.record_variants import EMPLOYMENT, SCHOOL, deciding_variants, undecided
from wegweiser.law.statute.parameters import resolve
from wegweiser.law.statute.pathways import p25a, p60d

ENV = Env(AS_OF, resolve(AS_OF))


def test_a_job_with_unknown_hours_decides_p60d_nr_3_and_its_hours_are_named():
    """§ 60d Abs. 1 Nr. 3 (12 months, at least 20 h/week, sozialversicherungspflichtig): one
    job since 01.01.2024, sozialversicherungspflichtig, weekly hours unknown."""
    job = Employment(date(2024, 1, 1), None, hours_per_week=None, social_insurance=True)
    facts = well_integrated(employments=(job,))
    features = compute_features(facts, AS_OF)

    assert deciding_variants(p60d.EMPLOYMENT.test, features, ENV) == [EMPLOYMENT]
    assert undecided(EMPLOYMENT, facts.employments, features, ENV) == [(job, ("hours_per_week",))]


def test_a_job_too_short_either_way_decides_nothing():
    """§ 60d Abs. 1 Nr. 3: a job since 01.06.2026 (social insurance unknown) is under 12
    months on 25.11.2026 whatever the answer."""
    job = Employment(date(2026, 6, 1), None, hours_per_week=40, social_insurance=None)
    features = compute_features(well_integrated(employments=(job,)), AS_OF)

    assert deciding_variants(p60d.EMPLOYMENT.test, features, ENV) == []


def test_school_years_of_unknown_success_decide_p25a_nr_2():
    """§ 25a Abs. 1 Satz 1 Nr. 2: three years of successful school attendance; four years
    recorded, success unknown, no qualification, no illness."""
    record = SchoolRecord(date(2020, 9, 1), date(2024, 7, 31), successful=None)
    facts = well_integrated(school=(record,))
    features = compute_features(facts, AS_OF)

    assert deciding_variants(p25a.SCHOOL.test, features, ENV) == [SCHOOL]
    assert undecided(SCHOOL, facts.school, features, ENV) == [(record, ("successful",))]
