import json
from datetime import date
from decimal import Decimal

from wegweiser.cases.models import AsylumProcedure, Employment, FamilyLink, Person
from wegweiser.interop.services import import_file

DOCUMENT = {
    "format_version": "1.0",
    "exported_at": "2025-01-01T10:00:00+01:00",
    "authority": "Altes Fachverfahren",
    "cases": [
        {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR",
         "birth_date": "1990-05", "municipality": "neudorf", "identity_clarified": None,
         "status_periods": [{"kind": "duldung", "start": "2018-01-01", "end": None,
                             "azr_reason_code": "16"}],
         "asylum": {"application_date": "2016-01-10", "outcome": "rejected"},
         "facts": {"employments": [{"start": "2021-01-01", "hours_per_week": 20}]},
         "family": [{"relation": "parent", "file_number": "AZ-2"}]},
        {"file_number": "AZ-2", "family_name": "Haddad", "given_names": "Lina",
         "nationality": "SYR", "birth_date": "2015-03-04"},
    ],
}


def test_a_json_batch_creates_persons_with_their_records(authority, head):
    outcome = import_file(json.dumps(DOCUMENT).encode(), "fachverfahren.json", authority, head)

    assert outcome.ok, outcome.report()
    father = Person.unscoped.get(authority=authority, file_number="AZ-1")
    assert (father.birth_date, father.birth_date_precision) == (date(1990, 5, 1), "month")
    assert father.municipality.name == "Neudorf"
    assert father.duldung_chain_since == date(2018, 1, 1)
    assert AsylumProcedure.unscoped.get(person=father).outcome == "rejected"
    assert Employment.unscoped.get(person=father).hours_per_week == Decimal("20")
    link = FamilyLink.unscoped.get(person=father)
    assert link.relative.given_names == "Lina" and link.authority == authority


def test_a_single_case_file_can_be_imported(authority, head):
    single = DOCUMENT["cases"][1]

    outcome = import_file(json.dumps(single).encode(), "eine-akte.json", authority, head)

    assert outcome.counts.persons_created == 1


def test_a_duplicate_file_number_in_one_document_is_an_error(authority, head):
    document = {**DOCUMENT, "cases": [DOCUMENT["cases"][1], DOCUMENT["cases"][1]]}

    outcome = import_file(json.dumps(document).encode(), "x.json", authority, head)

    assert outcome.problems[0].message == "Das Aktenzeichen kommt schon in Fall 1 vor."
    assert not Person.unscoped.exists()


def test_fields_missing_from_the_document_stay_as_stored(authority, head):
    import_file(json.dumps(DOCUMENT).encode(), "x.json", authority, head)
    slim = {"format_version": "1.0", "cases": [
        {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR"}]}

    outcome = import_file(json.dumps(slim).encode(), "x.json", authority, head)

    father = Person.unscoped.get(authority=authority, file_number="AZ-1")
    assert outcome.counts.persons_unchanged == 1
    assert father.municipality.name == "Neudorf"
    assert Employment.unscoped.filter(person=father).count() == 1
