"""The exchange format carries whether an employment is qualified (§ 2 Abs. 12b AufenthG);
missing or null means unknown, and a value other than true/false/null rejects the whole file
with a German message (nothing is written)."""

import json

from wegweiser.cases.models import Employment, Person
from wegweiser.interop import schema
from wegweiser.interop.exchange import case_to_dict
from wegweiser.interop.services import import_file


def _case(file_number: str, employments: list[dict]) -> dict:
    return {"file_number": file_number, "family_name": "Haddad", "nationality": "SYR",
            "facts": {"employments": employments}}


def _import(authority, head, *cases):
    document = {"format_version": "1.0", "cases": list(cases)}
    return import_file(json.dumps(document).encode(), "x.json", authority, head)


def test_qualified_helper_and_unknown_jobs_are_imported_and_exported(authority, head):
    jobs = [{"start": "2019-01-01", "end": "2020-12-31", "qualified": False},
            {"start": "2021-01-01", "qualified": True, "social_insurance": True},
            {"start": "2018-01-01", "end": "2018-06-30", "qualified": None},
            {"start": "2017-01-01", "end": "2017-06-30"}]

    outcome = _import(authority, head, _case("AZ-1", jobs))

    assert outcome.ok, outcome.report()
    stored = Employment.unscoped.order_by("start").values_list("qualified", flat=True)
    assert list(stored) == [None, None, False, True]
    case = json.loads(json.dumps(case_to_dict(Person.unscoped.get(file_number="AZ-1"))))
    schema.validator(schema.CASE_FILE).validate(case)
    exported = sorted(case["facts"]["employments"], key=lambda job: job["start"])
    assert [job["qualified"] for job in exported] == [None, None, False, True]


def test_a_bad_qualified_value_rejects_the_file_and_writes_nothing(authority, head):
    good = _case("AZ-1", [{"start": "2021-01-01", "qualified": True}])
    bad = _case("AZ-2", [{"start": "2021-01-01", "qualified": "ja"}])

    outcome = _import(authority, head, good, bad)

    assert not outcome.ok
    assert [(p.row, p.column, p.message) for p in outcome.problems] == [
        (2, "facts.employments[0].qualified",
         "Falscher Datentyp; erwartet: true/false oder null.")]
    assert not Person.unscoped.exists() and not Employment.unscoped.exists()
