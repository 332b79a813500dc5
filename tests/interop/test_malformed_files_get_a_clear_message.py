import codecs
import json
import zipfile
from io import BytesIO

import pytest

from interop.factories import HEADER, VALID_ROWS, valid_csv
from wegweiser.cases.models import Person
from wegweiser.interop.services import import_file


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "leer.csv", "Die Datei ist leer."),
        (b"   \n\n", "leer.csv", "Die Datei ist leer."),
        (HEADER.encode() + b"\n", "nur-kopf.csv", "Die Datei enthält keine Datenzeilen."),
        (b"\x00\x01\x02\xff" * 100, "binaer.csv", "sie enthält Binärdaten"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "bild.csv", "sie enthält Binärdaten"),
        (b"das ist keine tabelle", "text.xlsx", "keine gültige Excel-Datei"),
        (b"PK\x03\x04kaputt", "kaputt.xlsx", "Excel-Datei ist beschädigt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "alt.xls.xlsx", "alte Excel-Format (.xls)"),
        (b"PK\x03\x04kaputt", "bestand.csv", "eine Excel-Datei, keine CSV-Datei"),
        (b'{"cases": [', "kaputt.json", "kein gültiges JSON"),
        (b"\xff\xfe\x00\x00garbage", "kaputt.json", "UTF-8"),
        (b"[" * 100000, "tief.json", "JSON"),
        (b'{"hallo": 1}', "fremd.json", "kein Wegweiser-Austauschdokument"),
        (b"Name;Vorname\nMeier;Anna\n", "fremd.csv", "Es fehlen Pflichtspalten"),
        (b'"offen;' + b"x" * 200000, "riesig.csv", "kein gültiges CSV"),
    ],
)
def test_a_malformed_file_is_refused_with_a_german_message(
    authority, head, content, name, message
):
    outcome = import_file(content, name, authority, head)

    assert not outcome.ok
    assert message in outcome.message or any(message in p.message for p in outcome.problems)
    assert Person.unscoped.count() == 0


def test_an_xlsx_without_the_workbook_part_is_refused(authority, head):
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hallo.txt", "kein Excel")

    outcome = import_file(buffer.getvalue(), "leer.xlsx", authority, head)

    assert "Excel-Datei" in outcome.message


def test_a_huge_cell_value_is_reported_not_stored(authority, head):
    row = VALID_ROWS[3].replace(";Barry;", ";" + "B" * 5000 + ";")

    outcome = import_file(valid_csv([row]), "x.csv", authority, head)

    assert outcome.problems[0].message == "Der Wert ist viel zu lang."
    assert Person.unscoped.count() == 0


def test_a_too_long_name_is_reported_with_the_limit(authority, head):
    row = VALID_ROWS[3].replace(";Barry;", ";" + "B" * 130 + ";")

    outcome = import_file(valid_csv([row]), "x.csv", authority, head)

    assert outcome.problems[0].message == "Zu lang (höchstens 120 Zeichen)."


def test_a_windows_1252_file_from_an_older_system_is_read(authority, head):
    content = valid_csv().decode().replace("Haddad", "Häddad").encode("cp1252")

    outcome = import_file(content, "alt.csv", authority, head)

    assert outcome.ok
    assert Person.unscoped.get(file_number="AZ-1").family_name == "Häddad"


def test_a_utf16_file_as_excel_writes_unicode_text_is_read(authority, head):
    text = valid_csv().decode().replace(";", "\t")

    outcome = import_file(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "x.txt", authority, head)

    assert outcome.ok, outcome.report()


def test_a_too_large_file_is_refused(authority, head, settings):
    settings.WEGWEISER_IMPORT_MAX_MB = 0

    outcome = import_file(valid_csv(), "x.csv", authority, head)

    assert "zu groß" in outcome.message


def test_json_that_does_not_match_the_schema_is_reported_per_field(authority, head):
    document = {"format_version": "1.0", "cases": [
        {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "Syrien",
         "birth_date": "1990-02-30", "sex": "male", "hobby": "Fußball",
         "status_periods": [{"kind": "duldung", "start": "gestern"}]},
    ]}

    outcome = import_file(json.dumps(document).encode(), "x.json", authority, head)

    problems = {(p.row, p.column): p.message for p in outcome.problems}
    assert problems == {
        (1, ""): "Unbekanntes Feld: hobby.",
        (1, "nationality"): "Erwartet einen dreistelligen ISO-Code (z. B. SYR), XXA oder XXX.",
        (1, "sex"): "Nicht erlaubter Wert; erlaubt sind: 'f', 'm', 'd', 'x'.",
        (1, "status_periods[0].start"): "Kein Datum im Format JJJJ-MM-TT.",
    }
    assert Person.unscoped.count() == 0
