"""Files of format 1.2 (applications, no petitions) still import; they leave the stored
petitions as they are, like any list a file does not carry."""

import json

from interop.factories import file_with_petitions, granted_p23a_application, pending_petition
from wegweiser.cases.models import Application
from wegweiser.interop.services import import_file
from wegweiser.review.models import HardshipPetition


def _older(applications) -> bytes:
    case = {"file_number": "AZ-8", "family_name": "Okafor", "nationality": "NGA",
            "applications": applications}
    return json.dumps({"format_version": "1.2", "cases": [case]}).encode()


def test_a_file_of_format_1_2_imports(authority, head):
    outcome = import_file(_older([granted_p23a_application()]), "alt.json", authority, head)

    assert outcome.ok, outcome.report()
    assert Application.unscoped.count() == 1


def test_a_file_of_format_1_2_keeps_the_stored_petitions(authority, head):
    import_file(file_with_petitions(pending_petition()), "neu.json", authority, head)

    outcome = import_file(_older([granted_p23a_application()]), "alt.json", authority, head)

    assert outcome.ok, outcome.report()
    assert HardshipPetition.unscoped.get().removal_request is not None
