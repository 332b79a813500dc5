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
MOMENT_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?$"


def _date(description: str, nullable: bool = False) -> dict:
    return {"type": ["string", "null"] if nullable else "string", "pattern": DATE_PATTERN,
            "x-fehlertext": "Kein Datum im Format JJJJ-MM-TT.", "description": description}


def _moment(description: str, nullable: bool = False) -> dict:
    return {"type": ["string", "null"] if nullable else "string", "pattern": MOMENT_PATTERN,
            "x-fehlertext": "Kein Zeitpunkt im Format JJJJ-MM-TTThh:mm:ss+01:00.",
            "description": description}


def _choices(model, name: str, description: str, blank: bool = False) -> dict:
    values = [str(value) for value, _label in model._meta.get_field(name).choices]
    labels = "; ".join(f"{value} = {label}" for value, label in
                       model._meta.get_field(name).choices)
    return {"enum": ([""] if blank else []) + values, "description": f"{description} ({labels})"}


def _text(model, name: str, description: str) -> dict:
    length = model._meta.get_field(name).max_length
    return {"type": "string", "maxLength": length or 10000, "description": description}


def _pathway(description: str) -> dict:
    from wegweiser.law.statute.pathways import ALL_PATHWAYS

    return {"enum": ["", *(p.id for p in ALL_PATHWAYS)], "description": description + " (" + (
        "; ".join(f"{p.id} = {p.norm}" for p in ALL_PATHWAYS)) + "; leer = keine)"}


def applications_schema() -> dict:
    """The "applications" part of case-file.schema.json (format 1.2), generated from the models'
    choices, the pathway list (law/statute/pathways) and the verdicts of the law engine."""
    from wegweiser.cases.models import Application, ApprovalRequest, Decision
    from wegweiser.law.engine.verdict import Verdict

    approval = {"type": "object", "additionalProperties": False,
                "required": ["kind", "state", "requested_at"], "properties": {
                    "kind": _choices(ApprovalRequest, "kind", "Vorgang"),
                    "state": _choices(ApprovalRequest, "state", "Stand"),
                    "requested_at": _moment("zur Freigabe vorgelegt am"),
                    "note": _text(ApprovalRequest, "note", "Anmerkung der Vorlage"),
                    "answered_at": _moment("beschieden am (null = noch offen)", nullable=True),
                    "comment": _text(ApprovalRequest, "comment", "Kommentar des Bescheids")},
                "description": "Vier-Augen-Freigabe; die Beteiligten nennt die Datei nicht"}
    decision = {"type": ["object", "null"], "additionalProperties": False,
                "required": ["decided_on", "outcome"], "properties": {
                    "decided_on": _date("Entscheidung am"),
                    "outcome": _choices(Decision, "outcome", "Ergebnis"),
                    "pathway_id": _pathway("Rechtsgrundlage der Entscheidung"),
                    "decision_type": _choices(Decision, "decision_type", "Art der Entscheidung",
                                              blank=True),
                    "discretion": _choices(Decision, "discretion", "Ermessen", blank=True),
                    "reasons": {"type": "array", "maxItems": 20, "items": {
                        "type": "string", "pattern": "^[a-z0-9_]{1,40}$",
                        "x-fehlertext": "Ein Grund ist ein Code aus Kleinbuchstaben, Ziffern "
                                        "und _ (z. B. „identity“)."},
                        "description": "Hauptgründe als Codes je Norm"},
                    "reason_text": _text(Decision, "reason_text", "Begründung (Freitext)"),
                    "follows_guideline": {"type": ["boolean", "null"], "description": (
                        "folgt der angewandten Leitlinie (null = keine Leitlinie anwendbar)")},
                    "departure_kind": _choices(Decision, "departure_kind",
                                               "Grund der Abweichung", blank=True),
                    "departure_text": _text(Decision, "departure_text", "Abweichung begründet"),
                    "team": {"type": ["string", "null"], "maxLength": 100, "description": (
                        "Team, das entschieden hat (Name eines Teams der Behörde)")},
                    "guideline": {"type": ["object", "null"], "additionalProperties": False,
                                  "required": ["number", "version"], "properties": {
                                      "number": {"type": "string", "maxLength": 30},
                                      "version": {"type": "integer", "minimum": 1}},
                                  "description": "angewandte Leitlinie: Nummer und Fassung"},
                    "snapshot_verdict": {"enum": ["", *(v.value for v in Verdict)], "description": (
                        "Prüfergebnis für Person und Norm am Entscheidungstag (eingefroren)")},
                    "snapshot": {"type": "object", "description": (
                        "die eingefrorene Prüfung am Entscheidungstag; wird unverändert "
                        "übernommen, nie neu berechnet")},
                    "approvals": {"type": "array", "maxItems": 50, "items": approval}},
                "description": "Entscheidung der Behörde (null = noch nicht entschieden)"}
    application = {"type": "object", "additionalProperties": False,
                   "required": ["received_on", "subject", "channel", "status"], "properties": {
                       "received_on": _date("Eingang am"),
                       "subject": _choices(Application, "subject", "Gegenstand"),
                       "pathway_id": _pathway("beantragte Rechtsgrundlage"),
                       "channel": _choices(Application, "channel", "Eingangsweg"),
                       "status": _choices(Application, "status", "Stand"),
                       "note": _text(Application, "note", "Notiz"),
                       "decision": decision}}
    return {"type": "array", "maxItems": 500, "items": application, "description": (
        "Anträge mit Entscheidung und Freigaben (seit Format 1.2). Eine enthaltene Liste "
        "ersetzt die gespeicherte, wenn sie sich unterscheidet; fehlt sie, bleibt alles.")}


def petitions_schema() -> dict:
    """The "hardship_petitions" part of case-file.schema.json (format 1.3), generated from the
    model's choices and the approval of the applications' schema."""
    from wegweiser.cases.models import ApprovalRequest, Decision
    from wegweiser.review.models import HardshipPetition

    approval = applications_schema()["items"]["properties"]["decision"]["properties"][
        "approvals"]["items"]
    removal = {**approval, "type": ["object", "null"], "properties": {
        **approval["properties"], "kind": {"const": "removal", "description": (
            "Vorgang: removal = Abschiebung trotz laufendem Härtefallverfahren")},
        "note": _text(ApprovalRequest, "note", "Grund der Abschiebung trotz laufendem "
                      "Verfahren (Pflicht, höchstens 500 Zeichen)")},
        "description": ("letzte Vorlage einer Abschiebung trotz laufendem Verfahren "
                        "(Vier-Augen-Freigabe, ohne Beteiligte; null = keine)")}
    reference = {"type": ["object", "null"], "additionalProperties": False,
                 "required": ["decided_on", "outcome"], "properties": {
                     "decided_on": _date("Entscheidung am"),
                     "pathway_id": _pathway("Rechtsgrundlage der Entscheidung"),
                     "outcome": _choices(Decision, "outcome", "Ergebnis")},
                 "description": ("die Entscheidung der Behörde auf das Verfahren: Tag, "
                                 "Rechtsgrundlage und Ergebnis einer Entscheidung unter den "
                                 "Anträgen derselben Person (null = noch keine)")}
    model = HardshipPetition
    petition = {"type": "object", "additionalProperties": False,
                "required": ["received_by_commission_on", "commission_outcome"], "properties": {
                    "received_by_commission_on": _date("bei der Kommission eingegangen am"),
                    "filed_by": _text(model, "filed_by", "eingereicht von (z. B. Rechtsanwältin, "
                                      "Beratungsstelle; keine Beschäftigten der Behörde)"),
                    "office_informed_on": _date("Behörde unterrichtet am", nullable=True),
                    "statement_due_on": _date("Stellungnahme fällig am", nullable=True),
                    "statement_sent_on": _date("Stellungnahme abgegeben am", nullable=True),
                    "statement": _text(model, "statement", "Stellungnahme der Behörde"),
                    "removal_suspended": {"type": "boolean", "description": (
                        "Abschiebung ausgesetzt, solange die Kommission berät")},
                    "commission_outcome": _choices(model, "commission_outcome",
                                                   "Ergebnis der Kommission"),
                    "commission_decided_on": _date("Kommission entschieden am", nullable=True),
                    "ministry_order_on": _date("Anordnung des Ministeriums am", nullable=True),
                    "decision": reference,
                    "removal_request": removal,
                    "note": _text(model, "note", "Notiz")}}
    return {"type": "array", "maxItems": 50, "items": petition, "description": (
        "Verfahren vor der Härtefallkommission (§ 23a AufenthG, seit Format 1.3). Eine "
        "enthaltene Liste ersetzt die gespeicherte, wenn sie sich unterscheidet; fehlt sie, "
        "bleibt alles.")}


def written_case_file_schema() -> dict:
    """case-file.schema.json with its generated parts brought up to date."""
    schema = load(CASE_FILE)
    schema["properties"]["assessment"] = assessment_schema()
    schema["properties"]["applications"] = applications_schema()
    schema["properties"]["hardship_petitions"] = petitions_schema()
    return schema


def written_case_files_schema() -> dict:
    """case-files.schema.json with the readable format versions brought up to date."""
    from .spec import READABLE_VERSIONS

    schema = load(CASE_FILES)
    schema["properties"]["format_version"] = {"enum": list(READABLE_VERSIONS), "description": (
        "Version dieses Formats (1.1: mit rechtlicher Einschätzung; 1.2: mit Anträgen und "
        "Entscheidungen; 1.3: mit Härtefallverfahren; ältere Versionen werden weiter "
        "gelesen)")}
    return schema


if __name__ == "__main__":
    # Rewrite the generated parts (settings needed for the paths):
    # DEBUG=true DJANGO_SETTINGS_MODULE=wegweiser.settings python -m wegweiser.interop.schema
    import django

    django.setup()
    for name, written in ((CASE_FILE, written_case_file_schema()),
                          (CASE_FILES, written_case_files_schema())):
        (SCHEMA_DIR / name).write_text(json.dumps(written, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
