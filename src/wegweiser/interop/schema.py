"""The JSON Schemas of the exchange format (docs/formats/) and German validation messages."""

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMA_DIR = Path(settings.PROJECT_DIR) / "docs" / "formats"
CASE_FILE = "case-file.schema.json"
CASE_FILES = "case-files.schema.json"

_TYPES = {
    "string": "Text", "integer": "ganze Zahl", "number": "Zahl", "boolean": "true/false",
    "null": "null", "array": "Liste", "object": "Objekt",
}


def load(name: str) -> dict:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    case_file = load(CASE_FILE)
    registry = Registry().with_resource(case_file["$id"], Resource.from_contents(case_file))
    return Draft202012Validator(load(name), registry=registry)


def path_text(path) -> str:
    """JSON path as a caseworker-readable column name: status_periods[2].start."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def german_message(error) -> str:
    kind, expected = error.validator, error.validator_value
    if kind == "required":
        missing = [name for name in expected if name not in (error.instance or {})]
        return _("Pflichtangabe „%(name)s“ fehlt.") % {"name": ", ".join(missing)}
    if kind == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        return _("Falscher Datentyp; erwartet: %(types)s.") % {
            "types": " oder ".join(str(_TYPES.get(t, t)) for t in wanted)}
    if kind == "enum":
        return _("Nicht erlaubter Wert; erlaubt sind: %(values)s.") % {
            "values": ", ".join("null" if v is None else repr(v) for v in expected)}
    if kind == "const":
        return _("Nicht unterstützter Wert; erwartet: %(value)s.") % {"value": expected}
    if kind == "pattern":
        return error.schema.get("x-fehlertext") or _("Darf nicht leer sein.")
    if kind == "maxLength":
        return _("Zu lang (höchstens %(n)s Zeichen).") % {"n": expected}
    if kind == "minLength":
        return _("Darf nicht leer sein.")
    if kind == "maxItems":
        return _("Zu viele Einträge (höchstens %(n)s).") % {"n": expected}
    if kind in ("minimum", "maximum"):
        return _("Die Zahl liegt außerhalb des erlaubten Bereichs.")
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return _("Unbekanntes Feld: %(names)s.") % {"names": ", ".join(extra)}
    return _("Entspricht nicht dem Format: %(detail)s") % {"detail": error.message[:200]}


def short(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:79] + "…"
