import io
import json

import jsonschema
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from tests.screening.conftest import AS_OF

SCHEMA = settings.PROJECT_DIR / "docs" / "formats" / "screening-output.schema.json"


@pytest.fixture
def exchange_file(tmp_path, authority, integrated, sparse):
    from wegweiser.cases.models import Person
    from wegweiser.interop.exchange import cases_to_document

    document = cases_to_document(Person.objects.filter(authority=authority), authority.name)
    path = tmp_path / "faelle.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def screen(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("screen", *args, "--as-of", AS_OF.isoformat(), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_json_output_of_a_file_validates_against_the_documented_schema(exchange_file):
    out, err = screen("--input", str(exchange_file), "--format", "json")
    document = json.loads(out)
    jsonschema.validate(document, json.loads(SCHEMA.read_text()))
    okafor = next(p for p in document["persons"] if p["file_number"] == "KT-2016-0100")
    verdicts = {p["pathway_id"]: p["verdict"] for p in okafor["pathways"]}
    # The exchange format carries the legal assessment (format 1.1): as in the database.
    assert verdicts["p25b"] == "should" and verdicts["p104c"] == "expired"
    assert "Prüfung" in err and "100 %" in err  # the progress bar went to stderr


@pytest.mark.django_db
def test_the_file_and_the_database_give_the_same_verdicts(exchange_file, authority):
    from_file = json.loads(screen("--input", str(exchange_file), "--format", "json")[0])
    from_db = json.loads(screen("--authority", authority.short_name, "--format", "json")[0])

    def verdicts(document):
        return {(p["file_number"], w["pathway_id"]): (w["verdict"], w["deciding"])
                for p in document["persons"] for w in p["pathways"]}

    assert verdicts(from_file) == verdicts(from_db)


@pytest.mark.django_db
def test_csv_and_table_can_be_filtered_by_pathway(exchange_file):
    csv_out, _ = screen("--input", str(exchange_file), "--format", "csv", "--pathway", "p25b")
    lines = csv_out.strip().splitlines()
    assert lines[0].startswith("person_id;file_number;pathway_id")
    assert len(lines) == 3 and all(";p25b;" in line for line in lines[1:])
    table, _ = screen("--input", str(exchange_file), "--pathway", "p25b", "--no-progress")
    assert "KT-2016-0100  § 25b Abs. 1 AufenthG: In der Regel zu erteilen (Soll)" in table


@pytest.mark.django_db
def test_a_malformed_file_names_case_and_field_and_exits_with_2(tmp_path):
    bad = {"format_version": "1.0", "cases": [
        {"file_number": "AZ-1", "family_name": "A", "nationality": "SYR",
         "status_periods": [{"kind": "duldung", "start": "2020-02-30"}]}]}
    path = tmp_path / "kaputt.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        screen("--input", str(path))
    assert caught.value.returncode == 2


def test_the_console_script_prints_german_messages_and_no_traceback(tmp_path, capsys):
    from wegweiser.cli import main

    path = tmp_path / "kaputt.json"
    path.write_text('{"cases": [{"file_number": "AZ-7", "family_name": 5}]}', encoding="utf-8")
    code = main(["screen", "--input", str(path), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Fall 1 (Aktenzeichen AZ-7)" in err and "family_name" in err
    assert "Traceback" not in err
    assert main(["screen", "--input", str(tmp_path / "fehlt.json")]) == 2
    assert "gibt es nicht" in capsys.readouterr().err
