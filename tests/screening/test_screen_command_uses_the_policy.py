"""The CLI screens the database with the authority's settings, a file with the defaults, and
either with the settings of ``--policy``; a bad settings file ends with code 2, nothing screened."""

import io
import json

import jsonschema
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from tests.screening.conftest import AS_OF, well_integrated
from tests.screening.policy_helpers import post_settings, with_a_four_month_gap

SCHEMA = settings.PROJECT_DIR / "docs" / "formats" / "screening-output.schema.json"


@pytest.fixture
def gap(authority):
    return with_a_four_month_gap(well_integrated(authority, file_number="KT-GAP-1"))


@pytest.fixture
def exchange_file(tmp_path, authority, gap):
    from wegweiser.cases.models import Person
    from wegweiser.interop.exchange import cases_to_document

    document = cases_to_document(Person.objects.filter(authority=authority), authority.name)
    path = tmp_path / "faelle.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def policy_file(tmp_path, content):
    path = tmp_path / "einstellungen.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return str(path)


def screen(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("screen", *args, "--as-of", AS_OF.isoformat(), "--format", "json",
                 "--no-progress", stdout=out, stderr=err)
    document = json.loads(out.getvalue())
    jsonschema.validate(document, json.loads(SCHEMA.read_text()))
    return document


def p25b_verdict(document):
    person = next(p for p in document["persons"] if p["file_number"] == "KT-GAP-1")
    return next(w["verdict"] for w in person["pathways"] if w["pathway_id"] == "p25b")


@pytest.mark.django_db
def test_the_database_is_screened_with_the_authoritys_settings(client, users, authority, gap):
    assert p25b_verdict(screen("--authority", "KT")) == "pending_time"
    post_settings(client, users["head"], gap_tolerance_months="6")
    document = screen("--authority", "KT")
    assert document["policy"]["gap_tolerance_months"] == 6
    assert p25b_verdict(document) == "should"


@pytest.mark.django_db
def test_a_file_is_screened_with_the_defaults_even_if_the_authority_changed_its_own(
        client, users, exchange_file):
    post_settings(client, users["head"], gap_tolerance_months="6")
    document = screen("--input", str(exchange_file))
    assert document["policy"]["gap_tolerance_months"] == 3


@pytest.mark.django_db
def test_a_policy_file_overrides_only_the_settings_it_names(client, users, tmp_path, gap):
    post_settings(client, users["head"], mixed_fines_rule="combined")
    document = screen("--authority", "KT", "--policy",
                      policy_file(tmp_path, {"gap_tolerance_months": 6}))
    assert document["policy"]["gap_tolerance_months"] == 6
    assert document["policy"]["mixed_fines_rule"] == "combined"  # the authority's, kept
    assert p25b_verdict(document) == "should"


@pytest.mark.django_db
def test_a_bad_policy_file_ends_with_code_2_and_a_german_message_per_problem(tmp_path, gap):
    path = policy_file(tmp_path, {"gap_tolerance_months": 24, "geas_applicable_from": "bald",
                                  "mixed_fines_rule": "combined"})
    err = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("screen", "--authority", "KT", "--policy", path, stderr=err,
                     stdout=io.StringIO())
    assert error.value.returncode == 2
    messages = err.getvalue()
    assert "--policy: gap_tolerance_months = 24: Bitte eine ganze Zahl von 0 bis 12" in messages
    assert '--policy: geas_applicable_from = "bald": Bitte einen Tag vom 11.06.2024' in messages
    assert "mixed_fines_rule" not in messages


@pytest.mark.django_db
def test_an_unknown_setting_in_the_policy_file_is_named(tmp_path, gap):
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("screen", "--authority", "KT", "--policy",
                     policy_file(tmp_path, {"gap_months": 6}), stderr=err, stdout=io.StringIO())
    assert "unbekannte Einstellung „gap_months“" in err.getvalue()
