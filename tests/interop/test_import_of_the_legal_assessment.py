"""Format 1.1 carries the office's legal assessment. Only the answers a file gives are
written - the others stay as stored; files of format 1.0 (without it) still import; bad
answers are refused in German and change nothing."""

import json

from wegweiser.cases.models import Assessment
from wegweiser.interop.services import import_file


def _document(assessment=None, version="1.1") -> bytes:
    case = {"file_number": "AZ-8", "family_name": "Okafor", "nationality": "NGA"}
    if assessment is not None:
        case["assessment"] = assessment
    return json.dumps({"format_version": version, "cases": [case]}).encode()


def _stored():
    return Assessment.unscoped.get(person__file_number="AZ-8")


def test_given_answers_are_written_and_unknown_stays_unknown(authority, head):
    outcome = import_file(_document({"housing_sufficient": True, "departure_impossible": None,
                                     "p104c_application_date": "2025-06-30",
                                     "note": "laut Gespräch"}), "a.json", authority, head)
    assert outcome.ok, outcome.report()
    stored = _stored()
    assert (stored.housing_sufficient, stored.departure_impossible) == (True, None)
    assert str(stored.p104c_application_date) == "2025-06-30" and stored.note == "laut Gespräch"


def test_a_later_file_changes_only_what_it_gives(authority, head):
    import_file(_document({"housing_sufficient": True, "departure_impossible": True}), "a.json",
                authority, head)
    version = _stored().version

    outcome = import_file(_document({"housing_sufficient": False}), "b.json", authority, head)

    assert outcome.ok, outcome.report()
    stored = _stored()
    assert (stored.housing_sufficient, stored.departure_impossible) == (False, True)
    assert stored.version == version + 1
    assert stored.history.count() == 2


def test_a_file_of_format_1_0_leaves_the_assessment_alone(authority, head):
    import_file(_document({"housing_sufficient": True}), "a.json", authority, head)
    outcome = import_file(_document(version="1.0"), "alt.json", authority, head)
    assert outcome.ok, outcome.report()
    assert _stored().housing_sufficient is True


def test_a_bad_answer_is_refused_in_german_and_nothing_is_written(authority, head):
    outcome = import_file(_document({"housing_sufficient": "ja", "gefuehlt_gut": True}),
                          "kaputt.json", authority, head)
    assert not outcome.ok
    report = json.dumps(outcome.report()["problems"], ensure_ascii=False)
    assert "assessment.housing_sufficient" in report and "true/false" in report
    assert "Unbekanntes Feld: gefuehlt_gut" in report
    assert not Assessment.unscoped.exists()
