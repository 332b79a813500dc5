"""`wegweiser screen --input` reads a file without the office's database: petitions naming a
stored decision (no applications in the file) cannot be checked there and do not stop it."""

import io
import json

from django.core.management import call_command

from interop.factories import decided_petition


def test_a_petition_naming_a_stored_decision_does_not_stop_the_screening(tmp_path, db):
    case = {"file_number": "AZ-8", "family_name": "Okafor", "nationality": "NGA",
            "status_periods": [{"kind": "duldung", "start": "2018-01-01", "end": None}],
            "hardship_petitions": [decided_petition()]}
    path = tmp_path / "hfk.json"
    path.write_text(json.dumps({"format_version": "1.3", "cases": [case]}), encoding="utf-8")
    out = io.StringIO()

    call_command("screen", "--input", str(path), "--format", "json", "--as-of", "2026-03-01",
                 "--no-progress", stdout=out, stderr=io.StringIO())

    assert [p["file_number"] for p in json.loads(out.getvalue())["persons"]] == ["AZ-8"]
