"""The exchange format carries the training and conviction facts of § 60c, § 16g and § 19d;
files written before these fields existed are still read."""

import json
from datetime import date

from interop.factories import full_case_file
from wegweiser.cases.models import Conviction, Person, TrainingRecord
from wegweiser.interop import schema
from wegweiser.interop.exchange import case_to_dict
from wegweiser.interop.services import import_file


def _document(training: list[dict], convictions: list[dict] | None = None) -> bytes:
    case = {"file_number": "AZ-7", "family_name": "Tesfaye", "nationality": "ERI",
            "criminal_record_known": True,
            "facts": {"training_records": training, "convictions": convictions or []}}
    return json.dumps({"format_version": "1.0", "cases": [case]}).encode()


def test_kind_registration_completion_commitment_and_intent_are_imported(authority, head):
    training = [
        {"start": "2020-08-01", "end": "2023-07-31", "occupation": "Koch/Köchin",
         "kind": "qualified", "contract_registered": True, "completed": True},
        {"start": "2026-08-01", "occupation": "Altenpflegehelfer/in", "kind": "assistant",
         "contract_registered": None, "bottleneck_commitment": True},
    ]
    convictions = [{"date": "2022-01-10", "daily_rates": 30, "intentional": False},
                   {"date": "2023-01-10", "daily_rates": 30}]

    outcome = import_file(_document(training, convictions), "a.json", authority, head)

    assert outcome.ok, outcome.report()
    rows = TrainingRecord.unscoped.order_by("start").values_list(
        "kind", "contract_registered", "completed", "bottleneck_commitment")
    assert list(rows) == [("qualified", True, True, None), ("assistant", None, None, True)]
    intents = Conviction.unscoped.order_by("date").values_list("intentional", flat=True)
    assert list(intents) == [False, None]


def test_an_unknown_kind_is_stored_empty_and_exported_as_null(authority, head):
    training = [{"start": "2026-08-01", "occupation": "Lagerlogistik", "kind": None}]

    import_file(_document(training), "a.json", authority, head)

    assert TrainingRecord.unscoped.get().kind == ""
    person = Person.unscoped.get(file_number="AZ-7")
    exported = case_to_dict(person)["facts"]["training_records"][0]
    assert exported["kind"] is None and exported["contract_registered"] is None


def test_an_old_file_with_only_qualified_is_read_as_the_kind(authority, head):
    training = [
        {"start": "2019-08-01", "occupation": "Koch/Köchin", "qualified": True},
        {"start": "2020-08-01", "occupation": "Helfer", "qualified": False},
        {"start": "2021-08-01", "occupation": "Unklar", "qualified": None},
    ]

    outcome = import_file(_document(training), "alt.json", authority, head)

    assert outcome.ok, outcome.report()
    kinds = TrainingRecord.unscoped.order_by("start").values_list("kind", flat=True)
    assert list(kinds) == ["qualified", "other", ""]


def test_the_export_of_the_new_facts_matches_the_schema_and_imports_again(authority, head):
    mother, _child = full_case_file(authority)
    Conviction.unscoped.filter(person=mother).update(intentional=True)
    case = json.loads(json.dumps(case_to_dict(mother)))

    schema.validator(schema.CASE_FILE).validate(case)
    exported = case["facts"]["training_records"][0]
    assert (exported["kind"], exported["contract_registered"], exported["completed"]) == (
        "qualified", True, True)
    assert "qualified" not in exported
    assert case["facts"]["convictions"][0]["intentional"] is True

    outcome = import_file(json.dumps(case).encode(), "wieder.json", authority, head)
    assert outcome.ok and outcome.counts.persons_unchanged == 1
    assert TrainingRecord.unscoped.get(person=mother).end == date(2022, 7, 31)
