"""Whether a date lies in the future is a question of today, not of the screening day: a file
screened as of a past day may hold an entry after that day."""

import io
import json

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_an_entry_after_the_screening_day_is_no_error(tmp_path):
    case = {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR",
            "birth_date": "1990", "entry_date": "2024-03-01",
            "status_periods": [{"kind": "gestattung", "start": "2024-03-01"}]}
    path = tmp_path / "faelle.json"
    path.write_text(json.dumps({"format_version": "1.0", "cases": [case]}), encoding="utf-8")
    out = io.StringIO()

    call_command("screen", "--input", str(path), "--as-of", "2023-06-30", "--format", "json",
                 "--no-progress", stdout=out, stderr=io.StringIO())

    assert [p["file_number"] for p in json.loads(out.getvalue())["persons"]] == ["AZ-1"]
