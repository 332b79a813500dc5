"""Whether an employment is qualified (§ 2 Abs. 12b AufenthG) reaches the law's facts one to
one - unknown as unknown - from the database and from an exchange file, and the single-case
path and the batch path compute the same qualified-employment chains from it."""

import json
from datetime import date

import pytest

from tests.screening.conftest import AS_OF
from tests.screening.trainees import trainee
from wegweiser.cases.models import Employment, Person
from wegweiser.interop.exchange import case_to_dict
from wegweiser.law.engine.batch_features import compute_feature_frame
from wegweiser.law.engine.features import compute_features
from wegweiser.screening.facts import case_facts, facts_from_frames, frames_for
from wegweiser.screening.file_source import parse, raw_tables_from_cases
from wegweiser.screening.frames import fact_frames

COLUMNS = tuple(f"qemp_{v}_{part}" for v in "cp" for part in ("alive", "start", "running"))
START = date(2022, 1, 1)


def _worker(authority, file_number, qualified):
    person = trainee(authority, file_number)
    Employment.objects.create(authority=authority, person=person, start=START, end=None,
                              hours_per_week=38, social_insurance=True, qualified=qualified)
    return person


def _workers(authority):
    return [_worker(authority, f"Q-{i}", qualified)
            for i, qualified in enumerate((True, False, None), start=1)]


@pytest.mark.django_db
def test_the_single_case_facts_carry_yes_no_and_unknown(authority):
    workers = _workers(authority)

    answers = [case_facts(p, AS_OF).employments[0].qualified for p in workers]
    assert answers == [True, False, None]


@pytest.mark.django_db
def test_single_and_batch_path_compute_the_same_qualified_employment(authority):
    workers = _workers(authority)

    batch = compute_feature_frame(frames_for(Person.objects.all(), AS_OF), AS_OF)
    rows = {row["person_id"]: row for row in batch.iter_rows(named=True)}
    for person in workers:
        single = compute_features(case_facts(person, AS_OF), AS_OF)
        assert {c: single[c] for c in COLUMNS} == {c: rows[str(person.pk)][c] for c in COLUMNS}
    qualified, helper, unknown = (rows[str(p.pk)] for p in workers)
    assert qualified["qemp_c_start"] == START and qualified["qemp_p_start"] == START
    assert helper["qemp_c_start"] is None and helper["qemp_p_start"] is None
    assert unknown["qemp_c_start"] is None and unknown["qemp_p_start"] == START


@pytest.mark.django_db
def test_an_exchange_file_gives_the_same_answers_as_the_database(authority):
    workers = _workers(authority)
    cases = json.loads(json.dumps([case_to_dict(p) for p in workers]))
    document = {"format_version": "1.0", "cases": cases}

    cases = parse(document, AS_OF)
    facts = facts_from_frames(fact_frames(raw_tables_from_cases(cases), AS_OF))

    answers = {f.person_id: f.employments[0].qualified for f in facts}
    assert [answers[p.file_number] for p in workers] == [True, False, None]
