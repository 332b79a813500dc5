"""Turn the bytes of an uploaded file into rows, or refuse it with a clear German message.

Nothing here trusts the file: encoding, format and size are checked before anything is read.
"""

import codecs
import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _

from .values import cell_text

FORMATS = ("csv", "xlsx", "json")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the pre-2007 Excel format (.xls)
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}


class FileRejected(Exception):
    """The file as a whole cannot be read; the message is shown to the user."""


@dataclass
class Table:
    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (line number as the user sees it, cells)
    total: int  # rows expected, for the progress bar (may be an estimate)


def detect_format(filename: str, data: bytes) -> str:
    """The declared format (file extension), else a guess from the content."""
    if not data.strip():
        raise FileRejected(_("Die Datei ist leer."))
    suffix = PurePath(filename or "").suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix == "txt":
        return "csv"
    if data.startswith(_ZIP):
        return "xlsx"
    if data.lstrip()[:1] in (b"{", b"["):
        return "json"
    return "csv"


def read_table(data: bytes, fmt: str) -> Table:
    return read_xlsx(data) if fmt == "xlsx" else read_csv(data)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 as older systems write it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(data, "utf-16")
    elif data.startswith(_ZIP) or data.startswith(_OLE):
        raise FileRejected(
            _("Die Datei ist eine Excel-Datei, keine CSV-Datei. Bitte als .xlsx hochladen.")
        )
    elif b"\x00" in data[:4096]:
        raise FileRejected(_("Die Datei ist keine Textdatei (CSV) – sie enthält Binärdaten."))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode(data, "cp1252")
    if any(ch in _CONTROL for ch in text[:65536]):
        raise FileRejected(_("Die Datei ist keine Textdatei (CSV) – sie enthält Steuerzeichen."))
    return text


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise FileRejected(
            _("Die Zeichenkodierung der Datei wurde nicht erkannt. Bitte als „CSV UTF-8“ "
              "speichern.")
        ) from None


def read_csv(data: bytes) -> Table:
    text = decode_text(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = _guarded(enumerate(reader, start=1))
    headers = _headers(rows)
    return Table(headers, _non_empty(rows), max(text.count("\n"), 1))


def _guarded(rows) -> Iterator[tuple[int, list[str]]]:
    """Turn the csv module's low-level errors into a message the user can act on."""
    line = 0
    try:
        for line, cells in rows:
            yield line, cells
    except csv.Error:
        raise FileRejected(
            _("Zeile %(line)s ist kein gültiges CSV (z. B. ein nicht geschlossenes "
              "Anführungszeichen oder ein übergroßes Feld).") % {"line": line + 1}
        ) from None


def _headers(rows: Iterator[tuple[int, list[str]]]) -> list[str]:
    for _line, cells in rows:
        if any(c.strip() for c in cells):
            headers = [c.strip().lstrip("\ufeff") for c in cells]
            if any(len(h) > 100 for h in headers):
                raise FileRejected(_("Die erste Zeile enthält keine Spaltenüberschriften."))
            return headers
    raise FileRejected(_("Die Datei ist leer."))


def _non_empty(rows) -> Iterator[tuple[int, list[str]]]:
    for line, cells in rows:
        if any(c.strip() for c in cells):
            yield line, cells


def read_xlsx(data: bytes) -> Table:
    if data.startswith(_OLE):
        raise FileRejected(
            _("Das alte Excel-Format (.xls) wird nicht unterstützt. Bitte als .xlsx speichern.")
        )
    if not data.startswith(_ZIP):
        raise FileRejected(_("Die Datei ist keine gültige Excel-Datei (.xlsx)."))
    workbook = _open_workbook(data)
    sheet = workbook["Fälle"] if "Fälle" in workbook.sheetnames else workbook.worksheets[0]
    rows = _guarded_xlsx(workbook, sheet)
    headers = _headers(rows)
    return Table(headers, _non_empty(rows), max((sheet.max_row or 2) - 1, 1))


def _open_workbook(data: bytes):
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise FileRejected(_("Die Excel-Datei ist beschädigt oder unvollständig.")) from error
    except Exception as error:  # openpyxl raises many kinds on broken files
        raise FileRejected(_("Die Excel-Datei konnte nicht gelesen werden.")) from error


def _guarded_xlsx(workbook, sheet) -> Iterator[tuple[int, list[str]]]:
    try:
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line, [cell_text(value) for value in values]
    except Exception as error:  # a broken sheet shows up only while reading it
        raise FileRejected(_("Die Excel-Datei ist beschädigt oder unvollständig.")) from error
    finally:
        workbook.close()


def read_json(data: bytes):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRejected(_("Eine JSON-Datei muss in UTF-8 kodiert sein.")) from None
    try:
        return json.loads(text)
    except RecursionError:
        raise FileRejected(_("Die JSON-Datei ist zu tief verschachtelt.")) from None
    except ValueError as error:
        raise FileRejected(
            _("Die Datei ist kein gültiges JSON (Zeile %(line)s: %(msg)s).")
            % {"line": getattr(error, "lineno", "?"), "msg": getattr(error, "msg", "")}
        ) from None
