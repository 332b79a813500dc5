"""The exchange format carries whether school was attended successfully (§ 25a Abs. 1 Satz 1
Nr. 2 AufenthG); missing or null means unknown, and a value other than true/false/null rejects
the whole file with a German message (nothing is written)."""

import json

from wegweiser.cases.models import Person, SchoolRecord
from wegweiser.interop import schema
from wegweiser.interop.exchange import case_to_dict
from wegweiser.interop.services import import_file


def _case(file_number: str, school_records: list[dict]) -> dict:
    return {"file_number": file_number, "family_name": "Haddad", "nationality": "SYR",
            "facts": {"school_records": school_records}}


def _import(authority, head, *cases):
    document = {"format_version": "1.0", "cases": list(cases)}
    return import_file(json.dumps(document).encode(), "x.json", authority, head)


def test_successful_failed_and_unknown_school_years_are_imported_and_exported(authority, head):
    years = [{"start": "2019-08-01", "end": "2020-07-31", "successful": True},
             {"start": "2020-08-01", "end": "2021-07-31", "successful": False},
             {"start": "2021-08-01", "end": "2022-07-31", "successful": None},
             {"start": "2022-08-01", "end": "2023-07-31"}]

    outcome = _import(authority, head, _case("AZ-1", years))

    assert outcome.ok, outcome.report()
    stored = SchoolRecord.unscoped.order_by("start").values_list("successful", flat=True)
    assert list(stored) == [True, False, None, None]
    case = json.loads(json.dumps(case_to_dict(Person.unscoped.get(file_number="AZ-1"))))
    schema.validator(schema.CASE_FILE).validate(case)
    exported = sorted(case["facts"]["school_records"], key=lambda year: year["start"])
    assert [year["successful"] for year in exported] == [True, False, None, None]


def test_a_bad_success_value_rejects_the_file_and_writes_nothing(authority, head):
    good = _case("AZ-1", [{"start": "2021-08-01", "successful": True}])
    bad = _case("AZ-2", [{"start": "2021-08-01", "successful": "ja"}])

    outcome = _import(authority, head, good, bad)

    assert not outcome.ok
    assert [(p.row, p.column, p.message) for p in outcome.problems] == [
        (2, "facts.school_records[0].successful",
         "Falscher Datentyp; erwartet: true/false oder null.")]
    assert not Person.unscoped.exists() and not SchoolRecord.unscoped.exists()
