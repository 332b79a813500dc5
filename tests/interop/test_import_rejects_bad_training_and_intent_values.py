"""A bad training or intent value rejects the whole file with a German message naming case,
field and value; nothing of the file is written (all or nothing)."""

import json

import pytest

from wegweiser.cases.models import Person, TrainingRecord
from wegweiser.interop.services import import_file

GOOD = {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR",
        "facts": {"training_records": [{"start": "2025-08-01", "occupation": "Koch/Köchin",
                                        "kind": "qualified", "contract_registered": True}]}}


def _import(authority, head, bad_facts: dict):
    bad = {"file_number": "AZ-2", "family_name": "Karimi", "nationality": "AFG",
           "facts": bad_facts}
    document = {"format_version": "1.0", "cases": [GOOD, bad]}
    return import_file(json.dumps(document).encode(), "x.json", authority, head)


@pytest.mark.parametrize(("facts", "field", "message"), [
    ({"training_records": [{"start": "2025-08-01", "occupation": "BWL", "kind": "studium"}]},
     "facts.training_records[0].kind",
     "Nicht erlaubter Wert; erlaubt sind: 'qualified', 'assistant', 'care_aid', 'other', null."),
    ({"training_records": [{"start": "2025-08-01", "occupation": "Koch",
                            "contract_registered": "ja"}]},
     "facts.training_records[0].contract_registered",
     "Falscher Datentyp; erwartet: true/false oder null."),
    ({"convictions": [{"date": "2022-01-10", "intentional": "vorsätzlich"}]},
     "facts.convictions[0].intentional", "Falscher Datentyp; erwartet: true/false oder null."),
    ({"training_records": [{"start": "2025-08-01", "occupation": "Koch", "kind": "qualified",
                            "completed": True}]},
     "facts.training_records[0].completed",
     "Eine abgeschlossene Ausbildung braucht ein Ende, das nicht in der Zukunft liegt."),
    ({"training_records": [{"start": "2025-08-01", "occupation": "Koch", "kind": "qualified",
                            "bottleneck_commitment": False}]},
     "facts.training_records[0].bottleneck_commitment",
     "Die Zusage für eine Ausbildung in einem Engpassberuf gehört nur zu einer Assistenz- oder "
     "Helferausbildung (§ 60c Abs. 1 Satz 1 AufenthG)."),
    ({"training_records": [{"start": "2025-08-01", "occupation": "Koch", "kind": "assistant",
                            "qualified": True}]},
     "facts.training_records[0].qualified",
     "„qualified“ widerspricht „kind“; bitte nur „kind“ angeben."),
])
def test_a_bad_value_rejects_the_file_and_writes_nothing(authority, head, facts, field, message):
    outcome = _import(authority, head, facts)

    assert not outcome.ok
    assert [(p.row, p.column, p.message) for p in outcome.problems] == [(2, field, message)]
    assert not Person.unscoped.exists() and not TrainingRecord.unscoped.exists()
