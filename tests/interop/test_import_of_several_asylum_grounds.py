"""The exchange format takes several grounds of one asylum decision as a list or as the joined
text the case file stores; unknown grounds are refused with a German message."""

import json

import pytest

from wegweiser.cases.models import AsylumProcedure
from wegweiser.interop.exchange import case_to_dict
from wegweiser.interop.services import import_file

EXPECTED = "§ 29a AsylG, § 30 Abs. 3 Nr. 5 AsylG a.F."


def _document(grounds) -> bytes:
    asylum = {"application_date": "2023-06-01", "decision_date": "2024-02-01",
              "outcome": "rejected_manifestly_unfounded", "final_date": "2024-02-20",
              "manifestly_unfounded_ground": grounds}
    case = {"file_number": "AZ-9", "family_name": "Bekova", "nationality": "GEO",
            "asylum": asylum}
    return json.dumps({"format_version": "1.0", "cases": [case]}).encode()


@pytest.mark.parametrize("grounds", [
    ["§ 29a AsylG", "§ 30 Abs. 3 Nr. 5 AsylG a.F."],
    ["§ 30 Abs. 3 Nr. 5 AsylG a.F.", "§ 29a AsylG"],
    "§ 29a AsylG, § 30 Abs. 3 Nr. 5 AsylG a.F.",
])
def test_two_grounds_are_imported_as_a_list_or_as_text(authority, head, grounds):
    outcome = import_file(_document(grounds), "a.json", authority, head)

    assert outcome.ok, outcome.report()
    asylum = AsylumProcedure.unscoped.get()
    assert asylum.manifestly_unfounded_ground == EXPECTED
    assert case_to_dict(asylum.person)["asylum"]["manifestly_unfounded_ground"] == EXPECTED


@pytest.mark.parametrize(("grounds", "message"), [
    (["§ 29a AsylG", "§ 99 AsylG"], "Nicht erlaubter Wert"),
    ("§ 29a AsylG, § 99 AsylG", "Unbekannter Grund: § 99 AsylG"),
    (["§ 30 Abs. 1 Nr. 3 AsylG"], "gilt die alte Nummerierung"),
])
def test_unknown_or_wrongly_numbered_grounds_are_refused(authority, head, grounds, message):
    outcome = import_file(_document(grounds), "a.json", authority, head)

    assert not outcome.ok
    assert message in " ".join(p.message for p in outcome.problems)
    assert not AsylumProcedure.unscoped.exists()
