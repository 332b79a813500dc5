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


def assessment_schema() -> dict:
    """The "assessment" part of case-file.schema.json, generated from law/statute/declarations.py
    (a test keeps the file equal to it; `python -m wegweiser.interop.schema` rewrites it)."""
    from wegweiser.law.statute import declarations
    from wegweiser.law.statute.declarations import Type

    properties: dict = {}
    for fact in declarations.ASSESSMENT:
        text = str(fact.label) + (f" – {fact.help}" if fact.help else "")
        if fact.type is Type.DATE:
            properties[fact.name] = {"type": ["string", "null"], "pattern": DATE_PATTERN,
                                     "x-fehlertext": "Kein Datum im Format JJJJ-MM-TT.",
                                     "description": f"{text} (null = unbekannt)"}
        else:
            properties[fact.name] = {"type": ["boolean", "null"], "description": (
                f"{text} (true = ja, false = nein, null = unbekannt)")}
    properties["note"] = {"type": "string", "maxLength": 10000,
                          "description": "Notiz zur Einschätzung"}
    properties["evidence"] = {"type": "string", "maxLength": 200,
                              "description": "Nachweis, z. B. Blatt der Akte"}
    return {"type": ["object", "null"], "additionalProperties": False, "properties": properties,
            "description": ("Rechtliche Einschätzung der Behörde (seit Format 1.1). Nur die "
                            "angegebenen Felder werden übernommen; fehlende bleiben, wie sie "
                            "sind. Strafrechtliche Felder nur mit Berechtigung.")}


DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$"


def written_case_file_schema() -> dict:
    """case-file.schema.json with its generated parts brought up to date."""
    schema = load(CASE_FILE)
    schema["properties"]["assessment"] = assessment_schema()
    return schema


if __name__ == "__main__":
    # Rewrite the generated parts (settings needed for the paths):
    # DEBUG=true DJANGO_SETTINGS_MODULE=wegweiser.settings python -m wegweiser.interop.schema
    import django

    django.setup()
    (SCHEMA_DIR / CASE_FILE).write_text(
        json.dumps(written_case_file_schema(), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")
