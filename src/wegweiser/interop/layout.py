"""The flat column layout of CSV and XLSX files: one row per status period.

Office systems export reports as one flat table; a person with four status periods appears
on four rows with the person columns repeated (a person without any period on one row with
empty status columns). Exports of Wegweiser use the same layout, so they can be imported again.
"""

from collections.abc import Callable
from dataclasses import dataclass

from . import values as v


@dataclass(frozen=True)
class Column:
    header: str  # German heading in the file's first row
    attr: str  # model attribute (person) or period field
    parse: Callable[[str], object]
    required: bool = False  # must the column be present in the file?


def _municipality(raw: str) -> str:
    # Resolved against the authority's towns later; here only the text.
    return v.text(raw)


def _variants(raw: str) -> str:
    return "\n".join(part.strip() for part in v.text(raw).split("|") if part.strip())


PERSON_COLUMNS = [
    Column("Aktenzeichen", "file_number", v.required_text, required=True),
    Column("AZR-Nummer", "azr_number", v.text),
    Column("Familienname", "family_name", v.required_text, required=True),
    Column("Vornamen", "given_names", v.text),
    Column("Namensvarianten", "name_variants", _variants),
    Column("Geburtsdatum", "birth_date", v.partial_date),
    Column("Geschlecht", "sex", v.sex),
    Column("Staatsangehörigkeit", "nationality", v.nationality, required=True),
    Column("Einreisedatum", "entry_date", v.day),
    Column("Wohnort", "municipality", _municipality),
    Column("Identität geklärt", "identity_clarified", v.tri_state),
    Column("Identität geklärt seit", "identity_clarified_since", v.day),
    Column("Pass vorhanden", "passport_held", v.tri_state),
    Column("Einreise- und Aufenthaltsverbot", "entry_ban_in_force", v.tri_state),
    Column("Bekenntnis FDGO", "fdgo_declaration", v.tri_state),
    Column("Identitätstäuschung festgestellt", "deception_finding", v.tri_state),
    Column("Abschiebung verhindert", "obstruction_finding", v.tri_state),
    Column("Strafregister ausgewertet", "criminal_record_known", v.yes_no),
    Column("Notiz", "facts_note", v.text),
]

PERIOD_COLUMNS = [
    Column("Status", "kind", v.status_kind),
    Column("Status von", "start", v.required_day),
    Column("Status bis", "end", v.day),
    Column("Rechtsgrundlage", "legal_basis", v.text),
    Column("AZR-Duldungsgrund", "azr_reason_code", v.text),
    Column("Status-Notiz", "note", v.text),
]

# Written by the export for reading convenience, ignored by the import (they are derived).
DERIVED_HEADERS = ["Aktueller Status", "Kettenduldung seit"]

# Criminal-record information never leaves the office in a list export.
NOT_IN_LIST_EXPORT = {"criminal_record_known"}

ALL_COLUMNS = PERSON_COLUMNS + PERIOD_COLUMNS
BY_HEADER = {c.header.casefold(): c for c in ALL_COLUMNS}


def export_columns() -> list[Column]:
    return [c for c in ALL_COLUMNS if c.attr not in NOT_IN_LIST_EXPORT]
BY_ATTR = {c.attr: c for c in ALL_COLUMNS}
