"""Spreadsheet formula injection: neutralised on export, undone on import.

A name such as `=HYPERLINK("http://…","Akte")` would become a live formula when an exported
list is opened in Excel or LibreOffice, and `-2+3+cmd|…` could start a program through DDE.
Following the OWASP guidance on CSV injection, a text cell that begins with `=`, `+`, `-`,
`@`, a tab or a carriage return (or their full-width forms, which some spreadsheet locales
read the same way) is written

* in CSV with a leading single quote (`'=HYPERLINK(…)`), which spreadsheets show as text;
* in XLSX as a string cell with Excel's "quote prefix" style: the value stays exact and is
  never a formula, even when the cell is edited.

What is not neutralised: numbers (int, Decimal …) stay numbers, and a text that is just a
signed number (`-5`, `+3,5`) stays as it is - a spreadsheet reads it as that number and no
formula can hide in it. A phone number such as `+49 2351 1234` is not a plain number and
gets the quote in CSV (in XLSX it is simply a text cell).

The JSON export is exact data for programs, not opened in a spreadsheet, and is never
changed. The import removes the quote again (`unquoted`), so an exported CSV can be
imported unchanged.
"""

import re

TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
QUOTE = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def dangerous(value: object) -> bool:
    """Would a spreadsheet read this cell as the start of a formula?"""
    return (isinstance(value, str) and value[:1] in TRIGGERS
            and _PLAIN_NUMBER.fullmatch(value) is None)


def csv_cells(cells: list) -> list:
    """The cells of one CSV row, each dangerous text prefixed with a single quote."""
    return [QUOTE + cell if dangerous(cell) else cell for cell in cells]


def xlsx_cells(sheet, cells: list) -> list:
    """The cells of one row of a write-only sheet, each dangerous text a quoted string cell.

    openpyxl would store a text beginning with "=" as a formula; the string type and the
    quote-prefix style keep it text in every spreadsheet program.
    """
    return [_text_cell(sheet, cell) if dangerous(cell) else cell for cell in cells]


def _text_cell(sheet, value: str):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def unquoted(text: str) -> str:
    """Undo `csv_cells` for one cell read from a file: `'=X` becomes `=X` again."""
    return text[1:] if text[:1] == QUOTE and dangerous(text[1:]) else text
