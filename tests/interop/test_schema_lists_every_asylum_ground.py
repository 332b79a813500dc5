"""The published JSON Schema lists exactly the grounds the law declares (law/statute/asylum.py GROUNDS),
in the same order, and the import takes the grounds of the old numbering beyond § 30 Abs. 3."""

import json

from wegweiser.cases.models import AsylumProcedure
from wegweiser.interop import schema
from wegweiser.interop.services import import_file
from wegweiser.law.statute.asylum import GROUNDS


def test_the_schema_enum_is_the_declared_list_of_grounds():
    asylum = schema.load(schema.CASE_FILE)["properties"]["asylum"]
    items = asylum["properties"]["manifestly_unfounded_ground"]["items"]

    assert items["enum"] == [ground.code for ground in GROUNDS]


def test_old_abs_4_and_abs_1_are_imported_for_a_2019_decision(authority, head):
    asylum = {"application_date": "2018-06-01", "decision_date": "2019-05-10",
              "outcome": "rejected_manifestly_unfounded", "final_date": "2019-06-01",
              "manifestly_unfounded_ground": ["§ 30 Abs. 4 AsylG a.F.", "§ 30 Abs. 1 AsylG a.F."]}
    case = {"file_number": "AZ-9", "family_name": "Bekova", "nationality": "GEO", "asylum": asylum}
    document = json.dumps({"format_version": "1.0", "cases": [case]}).encode()

    outcome = import_file(document, "a.json", authority, head)

    assert outcome.ok, outcome.report()
    stored = AsylumProcedure.unscoped.get().manifestly_unfounded_ground
    assert stored == "§ 30 Abs. 1 AsylG a.F., § 30 Abs. 4 AsylG a.F."
