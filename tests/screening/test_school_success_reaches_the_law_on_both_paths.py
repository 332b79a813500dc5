"""Whether school was attended successfully (§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG) reaches the
law's facts one to one - unknown as unknown - from the database and from an exchange file, and
the single-case path and the batch path count the same school days from it."""

import json
from datetime import date

import pytest

from tests.screening.conftest import AS_OF
from tests.screening.trainees import trainee
from wegweiser.cases.models import Person, SchoolRecord
from wegweiser.interop.exchange import case_to_dict
from wegweiser.law.engine.batch_features import compute_feature_frame
from wegweiser.law.engine.features import compute_features
from wegweiser.screening.facts import case_facts, facts_from_frames, frames_for
from wegweiser.screening.file_source import parse, raw_tables_from_cases
from wegweiser.screening.frames import fact_frames

COLUMNS = ("school_days_certain", "school_days_possible", "school_qualification")
START, END = date(2022, 8, 1), date(2025, 7, 31)


def _pupils(authority):
    pupils = []
    for i, successful in enumerate((True, False, None), start=1):
        person = trainee(authority, f"S-{i}")
        SchoolRecord.objects.create(authority=authority, person=person, start=START, end=END,
                                    school="Berufskolleg", successful=successful)
        pupils.append(person)
    return pupils


@pytest.mark.django_db
def test_the_single_case_facts_carry_yes_no_and_unknown(authority):
    pupils = _pupils(authority)

    answers = [case_facts(p, AS_OF).school[0].successful for p in pupils]
    assert answers == [True, False, None]


@pytest.mark.django_db
def test_single_and_batch_path_count_the_same_school_days(authority):
    pupils = _pupils(authority)

    batch = compute_feature_frame(frames_for(Person.objects.all(), AS_OF), AS_OF)
    rows = {row["person_id"]: row for row in batch.iter_rows(named=True)}
    for person in pupils:
        single = compute_features(case_facts(person, AS_OF), AS_OF)
        assert {c: single[c] for c in COLUMNS} == {c: rows[str(person.pk)][c] for c in COLUMNS}
    days = (END - START).days + 1
    successful, failed, unknown = (rows[str(p.pk)] for p in pupils)
    assert (successful["school_days_certain"], successful["school_days_possible"]) == (days, days)
    assert (failed["school_days_certain"], failed["school_days_possible"]) == (0, 0)
    assert (unknown["school_days_certain"], unknown["school_days_possible"]) == (0, days)


@pytest.mark.django_db
def test_an_exchange_file_gives_the_same_answers_as_the_database(authority):
    pupils = _pupils(authority)
    cases = json.loads(json.dumps([case_to_dict(p) for p in pupils]))
    document = {"format_version": "1.0", "cases": cases}

    cases = parse(document, AS_OF)
    facts = facts_from_frames(fact_frames(raw_tables_from_cases(cases), AS_OF))

    answers = {f.person_id: f.school[0].successful for f in facts}
    assert [answers[p.file_number] for p in pupils] == [True, False, None]
