"""§ 60c Abs. 2 Nr. 2 and Nr. 5 / § 16g Abs. 2 Nr. 2 and Nr. 5 AufenthG apply only "im Fall von
Absatz 1 Satz 1 Nummer 2" (a Duldung holder takes up a training), not to Nr. 1 (training taken
up as an asylum seeker, i.e. during the Aufenthaltsgestattung, and continued after the
rejection).  Whether the training began during a Gestattung is read from the status history
and the training start; unknown history -> unknown.
"""

from dataclasses import replace
from datetime import timedelta

import pytest
from law_builders import AS_OF, D, criterion, period, status_of, verdict_of, well_integrated

from wegweiser.law.engine.facts import TrainingRecord
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.logic import Tri
from wegweiser.law.engine.verdict import Verdict

APPRENTICESHIP = TrainingRecord(D(2025, 8, 1), None, "qualified", contract_registered=True)


TRAINING_START, DULDUNG_FROM = D(2025, 8, 1), D(2026, 11, 1)


def trainee(training_start=TRAINING_START, duldung_from=DULDUNG_FROM, **changes):
    """Asylum seeker 2015 until the rejection became final; geduldet since `duldung_from`."""
    return well_integrated(**{
        "status_periods": (period("gestattung", D(2015, 3, 1), duldung_from - timedelta(days=1)),
                           period("duldung", duldung_from)),
        "training": (replace(APPRENTICESHIP, start=training_start),), **changes})


@pytest.mark.parametrize("pathway", ["p60c", "p16g"])
def test_training_begun_during_the_gestattung_is_not_held_back_by_the_3_months(pathway):
    """Training since 01.08.2025 with Gestattung, rejected, geduldet only since 01.11.2026
    (24 days): Abs. 2 Nr. 2 does not apply (Nr. 1 case)."""
    facts = trainee()
    assert compute_features(facts, AS_OF)["training_started_gestattet"] is True
    assert status_of(facts, pathway, "training.prior_duldung") is Tri.MET
    assert verdict_of(facts, "p60c") is Verdict.ENTITLEMENT


@pytest.mark.parametrize("pathway", ["p60c", "p16g"])
def test_imminent_removal_measures_do_not_exclude_a_training_begun_as_asylum_seeker(pathway):
    facts = trainee(removal_measures_imminent=True)
    assert status_of(facts, pathway, "training.no_removal_measures") is Tri.MET


def test_a_duldung_holder_starting_a_training_waits_for_3_months_of_duldung():
    """Nr. 2 case: Duldung since 25.09.2026 (2 months), training from 01.12.2026 -> pending,
    met on 25.12.2026."""
    facts = trainee(training_start=D(2026, 12, 1), duldung_from=D(2026, 9, 25))
    assert compute_features(facts, AS_OF)["training_started_gestattet"] is False
    prior = criterion(facts, "p60c", "training.prior_duldung")
    assert prior.status is Tri.NOT_MET
    assert prior.met_on == D(2026, 12, 25)
    assert verdict_of(facts, "p60c") is Verdict.PENDING_TIME


def test_imminent_removal_measures_exclude_a_duldung_holder_starting_a_training():
    facts = trainee(training_start=D(2026, 12, 1), duldung_from=D(2026, 5, 1),
                    removal_measures_imminent=True)
    assert verdict_of(facts, "p60c") is Verdict.BLOCKED


def test_unknown_status_at_the_training_start_stays_unknown():
    facts = trainee(status_periods=None)
    assert compute_features(facts, AS_OF)["training_started_gestattet"] is None
    assert status_of(facts, "p60c", "training.prior_duldung") is Tri.UNKNOWN
    assert status_of(trainee(status_periods=None, removal_measures_imminent=True), "p60c",
                     "training.no_removal_measures") is Tri.UNKNOWN


def test_unknown_training_records_leave_the_variant_unknown():
    assert compute_features(trainee(training=None), AS_OF)["training_started_gestattet"] is None
