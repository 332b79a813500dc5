"""docs/formats/beispiel-faelle.json: valid against the schema, exactly what the real export
writes for the sample persons today, and a spread of results when screened."""

import io
import json

import pytest
from django.core.management import call_command

from wegweiser.demo.sample_data import SAMPLE_AS_OF
from wegweiser.demo.sample_file import SAMPLE_PATH, sample_document

REGENERATE = "python manage.py sample_file"


def stored() -> dict:
    return json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))


def test_the_sample_file_validates_against_the_exchange_schema():
    from wegweiser.interop import schema

    errors = list(schema.validator(schema.CASE_FILES).iter_errors(stored()))
    assert not errors, [e.message for e in errors[:5]]


@pytest.mark.django_db
def test_the_sample_file_is_what_the_export_writes_now():
    # Fails when the exchange format or the sample persons changed: regenerate the file.
    assert sample_document() == stored(), f"Beispieldatei veraltet: {REGENERATE}"


@pytest.mark.django_db
def test_writing_the_sample_leaves_nothing_in_the_database(tmp_path):
    from wegweiser.accounts.models import Authority
    from wegweiser.cases.models import Person

    out = io.StringIO()
    call_command("sample_file", "--output", str(tmp_path / "beispiel.json"), stdout=out)
    assert json.loads((tmp_path / "beispiel.json").read_text(encoding="utf-8")) == stored()
    assert not Authority.objects.exists() and not Person.unscoped.exists()


def test_screening_the_sample_file_gives_a_spread_of_results():
    out, err = io.StringIO(), io.StringIO()
    call_command("screen", "--input", str(SAMPLE_PATH), "--as-of", SAMPLE_AS_OF.isoformat(),
                 "--format", "json", "--no-progress", stdout=out, stderr=err)
    document = json.loads(out.getvalue())
    assert len(document["persons"]) == len(stored()["cases"]) >= 5
    verdicts = {verdict for counts in document["counts"].values() for verdict in counts}
    assert {"unknown", "not_met", "blocked", "expired"} <= verdicts, verdicts
    assert err.getvalue() == ""
