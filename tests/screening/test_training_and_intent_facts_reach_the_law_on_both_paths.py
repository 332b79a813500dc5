"""The training and conviction facts of the case file arrive in the law's facts one to one -
unknown as unknown - and the single-case path (explanation page) and the batch path (Polars
run) compute the same features from them."""

from datetime import date

import pytest

from tests.screening.conftest import AS_OF
from tests.screening.trainees import add_conviction, add_training, trainee
from wegweiser.cases.models import Assessment, Person
from wegweiser.law.engine.batch_features import compute_feature_frame
from wegweiser.law.engine.facts import Conviction, TrainingRecord
from wegweiser.law.engine.features import compute_features
from wegweiser.screening.facts import case_facts, frames_for

COLUMNS = ("training_kind", "training_bottleneck", "training_registered",
           "training_completed_qualified", "crim_ts_gen_max", "crim_ts_gen_min", "crim_any_min",
           "crim_strict_min", "crim_strict_max")


def _files(authority):
    done = trainee(authority, "T-1")
    add_training(done, start=date(2022, 8, 1), end=date(2025, 7, 31), completed=True,
                 contract_registered=None)
    add_conviction(done, intentional=False)
    helper = trainee(authority, "T-2")
    add_training(helper, kind="assistant", bottleneck_commitment=None, contract_registered=False)
    add_conviction(helper, intentional=True)
    unknown = trainee(authority, "T-3")
    add_training(unknown, kind="", contract_registered=None)
    add_conviction(unknown, intentional=None)
    nothing = trainee(authority, "T-4")
    unasked = trainee(authority, "T-5")
    Assessment.objects.filter(person=unasked).update(training_complete=None)
    return done, helper, unknown, nothing, unasked


@pytest.mark.django_db
def test_the_single_case_facts_carry_every_training_and_intent_answer(authority):
    done, helper, unknown, nothing, unasked = _files(authority)

    assert case_facts(done, AS_OF).training == (TrainingRecord(
        date(2022, 8, 1), date(2025, 7, 31), "qualified", completed=True,
        bottleneck_commitment=None, contract_registered=None),)
    assert case_facts(helper, AS_OF).training == (TrainingRecord(
        date(2026, 8, 1), None, "assistant", completed=None, bottleneck_commitment=None,
        contract_registered=False),)
    facts = case_facts(unknown, AS_OF)
    assert facts.training is not None and facts.training[0].kind is None
    convictions = [case_facts(p, AS_OF).convictions for p in (done, helper, unknown)]
    assert [c[0].intentional for c in convictions if c] == [False, True, None]
    assert all(isinstance(c[0], Conviction) for c in convictions if c)


@pytest.mark.django_db
def test_no_training_record_is_none_only_when_the_assessment_says_complete(authority):
    *_, nothing, unasked = _files(authority)

    assert case_facts(nothing, AS_OF).training == ()
    assert case_facts(unasked, AS_OF).training is None


@pytest.mark.django_db
def test_single_and_batch_path_compute_the_same_training_and_crime_features(authority):
    persons = _files(authority)

    batch = compute_feature_frame(frames_for(Person.objects.all(), AS_OF), AS_OF)
    rows = {row["person_id"]: row for row in batch.iter_rows(named=True)}
    for person in persons:
        single = compute_features(case_facts(person, AS_OF), AS_OF)
        assert {c: single[c] for c in COLUMNS} == {c: rows[str(person.pk)][c] for c in COLUMNS}, \
            person.file_number
    assert rows[str(persons[0].pk)]["training_completed_qualified"] is True
    assert rows[str(persons[2].pk)]["training_kind"] is None
    assert rows[str(persons[3].pk)]["training_kind"] == "none"
