"""An exchange document (docs/formats/case-files.schema.json) as raw tables, without a database.

The interop parser validates and reads the document; its problems become German messages that
name the case (number and file number), the field and the value.  The file number is the
person id in the output.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl
from django.utils.translation import gettext as _

from wegweiser.interop.context import ImportContext
from wegweiser.interop.exchange import document_to_cases
from wegweiser.interop.spec import ParsedCase

from .frames import ASSESSMENT_FIELDS, PERSON_FIELDS, RAW_SCHEMAS, RawTables, raw_frame


class InputError(Exception):
    """The file cannot be screened; ``messages`` says why, one line per problem."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


def read_document(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as error:
        raise InputError([_("Die Datei %(path)s gibt es nicht.") % {"path": path}]) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError([_("Die Datei ist kein gültiges JSON (UTF-8): %(error)s") % {
            "error": error}]) from error


def _context(document: Any, today: date) -> ImportContext:
    """Towns are whatever the file names: a file is screened, not imported into an office."""
    items = document.get("cases", []) if isinstance(document, dict) else []
    towns = {str(c.get("municipality")).casefold() for c in items
             if isinstance(c, dict) and c.get("municipality")}
    return ImportContext(authority_id=0, municipalities={t: i for i, t in enumerate(towns, 1)},
                         today=today, max_problems=200)


def _label(document: Any, number: int | None) -> str:
    if number is None:
        return _("Datei")
    items = document.get("cases", [document]) if isinstance(document, dict) else []
    item = items[number - 1] if 0 < number <= len(items) else {}
    file_number = item.get("file_number") if isinstance(item, dict) else None
    return _("Fall %(n)s (Aktenzeichen %(file)s)") % {"n": number, "file": file_number or "?"} \
        if file_number else _("Fall %(n)s") % {"n": number}


def parse(document: Any, today: date) -> list[ParsedCase]:
    cases, problems = document_to_cases(document, _context(document, today))
    # One message per field: a bad date is not also "before 1950" (the parser's placeholder).
    first: dict[tuple, Any] = {}
    for problem in problems:
        first.setdefault((problem.row, problem.column), problem)
    problems = list(first.values())
    if problems:
        raise InputError([
            _("%(case)s, Feld „%(field)s“%(value)s: %(message)s") % {
                "case": _label(document, p.row), "field": p.column or "–",
                "value": f" (Wert {p.value!r})" if p.value not in ("", None) else "",
                "message": p.message}
            for p in problems])
    return cases


def raw_tables_from_cases(cases: list[ParsedCase]) -> RawTables:
    births = {c.file_number: c.person.get("birth_date") for c in cases}
    known = {c.file_number: c.person.get("criminal_record_known") for c in cases}
    rows: dict[str, list[tuple]] = {name: [] for name in RawTables.__dataclass_fields__}
    for case in cases:
        pid = case.file_number
        person = {**case.person, **(case.assessment or {}), "person_id": pid}
        rows["persons"].append(tuple(person.get(n) for n in (*PERSON_FIELDS, *ASSESSMENT_FIELDS)))
        for p in case.periods or []:
            rows["periods"].append((pid, p["kind"], p["start"], p["end"], p["legal_basis"],
                                    p["azr_reason_code"]))
        if case.asylum:
            a = case.asylum
            rows["asylum"].append((pid, a["application_date"], a["decision_date"], a["outcome"],
                                   a["manifestly_unfounded_ground"], a["final_date"],
                                   a["withdrawal_date"]))
        _collections(pid, case.collections, rows)
        for relation, number, household in case.family or []:
            rows["family"].append((pid, relation, number, household, births.get(number),
                                   known.get(number)))
            if relation == "spouse":  # a spouse is a spouse both ways
                rows["family"].append((number, relation, pid, household, births.get(pid),
                                       known.get(pid)))
    rows["family"] = list(dict.fromkeys(rows["family"]))
    # The spouses' own case files are among the file's cases.
    rows["relative_convictions"] = rows["convictions"]
    return RawTables(**{name: raw_frame(name, r, id_type=pl.String) for name, r in rows.items()})


# Exchange-format lists and the raw tables they fill (columns: RAW_SCHEMAS, same names).
TABLE_OF_LIST = {"language_certificates": "language", "school_records": "school",
                 "training_records": "training", "employments": "employment",
                 "livelihood": "livelihood", "convictions": "convictions"}


def _plain(value):
    """Decimals (hours, months) as the floats the raw tables hold."""
    return float(value) if isinstance(value, Decimal) else value


def _collections(pid: str, collections: dict[str, list[dict]], rows: dict[str, list]) -> None:
    for key, table in TABLE_OF_LIST.items():
        columns = [name for name in RAW_SCHEMAS[table] if name != "person_id"]
        for r in collections.get(key, []):
            rows[table].append((pid, *(_plain(r[name]) for name in columns)))
