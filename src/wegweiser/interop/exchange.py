"""The JSON exchange format (docs/formats/): one case file, or many in a batch document."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.cases.models import FamilyLink, Person, StatusPeriod
from wegweiser.cases.validation import join_grounds, split_grounds
from wegweiser.law.statute import declarations
from wegweiser.law.statute.declarations import Type

from . import applications, petitions, schema
from .checks import check_case
from .context import ImportContext
from .spec import (
    ASSESSMENT_FIELDS,
    ASYLUM_FIELDS,
    COLLECTIONS,
    CRIMINAL_ASSESSMENT,
    FORMAT_VERSION,
    PERIOD_FIELDS,
    PERSON_DATES,
    PERSON_FLAGS,
    PERSON_TEXT,
    PERSON_TRI_STATE,
    ParsedCase,
)
from .values import Problem, format_partial_date, partial_date

# Export


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _record(obj, fields: list[str]) -> dict:
    return {name: _json_value(getattr(obj, name)) for name in fields}


# Optional choices of fact records whose empty value means "unknown": written as null.
_UNKNOWN_WHEN_EMPTY = {"kind"}


def _fact(obj, fields: list[str]) -> dict:
    row = _record(obj, fields)
    return {k: None if k in _UNKNOWN_WHEN_EMPTY and v == "" else v for k, v in row.items()}


def case_to_dict(person: Person, include_criminal: bool = True,
                 include_decisions: bool = True) -> dict:
    """One person's case file in the exchange format (reads prefetched relations).

    Without `include_decisions` the applications and the § 23a petitions are left out (an
    import then keeps them)."""
    data: dict = {name: getattr(person, name) for name in PERSON_TEXT}
    data["name_variants"] = person.variants()
    data["birth_date"] = format_partial_date(person.birth_date, person.birth_date_precision) or None
    data.update({name: _json_value(getattr(person, name)) for name in PERSON_DATES})
    data["municipality"] = person.municipality.name if person.municipality else None
    data.update({name: getattr(person, name) for name in PERSON_TRI_STATE})
    if include_criminal:
        data.update({name: getattr(person, name) for name in PERSON_FLAGS})
    data["status_periods"] = [_record(p, PERIOD_FIELDS) for p in person.status_periods.all()]
    asylum = getattr(person, "asylum", None)
    data["asylum"] = _record(asylum, ASYLUM_FIELDS) if asylum else None
    assessment = getattr(person, "assessment", None)
    data["assessment"] = {
        name: _json_value(getattr(assessment, name)) for name in ASSESSMENT_FIELDS
        if include_criminal or name not in CRIMINAL_ASSESSMENT} if assessment else None
    data["facts"] = {
        key: [_fact(r, c.fields) for r in getattr(person, c.related_name).all()]
        for key, c in COLLECTIONS.items()
        if include_criminal or not c.criminal
    }
    data["family"] = [
        {"relation": link.relation, "file_number": link.relative.file_number,
         "living_in_household": link.living_in_household}
        for link in person.family_links.all()
    ]
    if include_decisions:
        data["applications"] = applications.applications_to_list(person)
        data["hardship_petitions"] = petitions.petitions_to_list(person)
    return data


def prefetched(queryset: QuerySet[Person], include_criminal: bool = True,
               include_decisions: bool = True) -> QuerySet[Person]:
    """Everything case_to_dict reads, in a fixed number of queries (no N+1)."""
    # In the order they were recorded (= the order of an imported file): without an order
    # PostgreSQL may hand rows back in any order, and a round trip would differ.
    related: list = [Prefetch(c.related_name, queryset=c.model._base_manager.order_by("pk"))
                     for c in COLLECTIONS.values() if include_criminal or not c.criminal]
    if include_decisions:
        related += applications.prefetch_lookups() + petitions.prefetch_lookups()
    return queryset.select_related("municipality", "asylum", "assessment").prefetch_related(
        Prefetch("status_periods", queryset=StatusPeriod.unscoped.order_by("start", "pk")),
        Prefetch("family_links",
                 queryset=FamilyLink.unscoped.select_related("relative").order_by("pk")),
        *related,
    )


def document_header(authority_name: str) -> dict:
    return {
        "format_version": FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        "authority": authority_name,
    }


def cases_to_document(queryset: QuerySet[Person], authority_name: str = "",
                      include_criminal: bool = True, include_decisions: bool = True) -> dict:
    persons = prefetched(queryset, include_criminal, include_decisions).iterator(chunk_size=1000)
    cases = [case_to_dict(p, include_criminal, include_decisions) for p in persons]
    return {**document_header(authority_name), "cases": cases}


# Import


def document_to_cases(document, context: ImportContext) -> tuple[list[ParsedCase], list[Problem]]:
    """Validate a batch document (or a single case file) and read it into parsed cases."""
    items, problems = _items(document)
    cases: list[ParsedCase] = []
    case_validator = schema.validator(schema.CASE_FILE)
    for number, item in enumerate(items, start=1):
        errors = list(case_validator.iter_errors(item))
        found = [Problem(number, schema.path_text(e.absolute_path), schema.short(e.instance),
                         schema.german_message(e)) for e in errors[:20]]
        if not errors:
            case, case_problems = _read_case(number, item, context)
            found += case_problems
            cases.append(case)
        problems += _naming_the_person(found, item)
        if len(problems) > context.max_problems:
            break
    problems += _cross_case_problems(cases, context)
    return cases, problems


def _naming_the_person(problems: list[Problem], item) -> list[Problem]:
    """Each problem of a case names its person by file number (the report shows it)."""
    file_number = item.get("file_number") if isinstance(item, dict) else None
    if not isinstance(file_number, str) or not file_number:
        return problems
    return [replace(p, person=file_number[:40]) for p in problems]


def _items(document) -> tuple[list, list[Problem]]:
    if isinstance(document, dict) and "cases" not in document and "file_number" in document:
        return [document], []
    if not isinstance(document, dict) or not isinstance(document.get("cases"), list):
        return [], [Problem(None, "cases", "", _(
            "Die Datei ist kein Wegweiser-Austauschdokument: es fehlt die Liste „cases“."))]
    envelope = {**document, "cases": []}
    errors = schema.validator(schema.CASE_FILES).iter_errors(envelope)
    problems = [Problem(None, schema.path_text(e.absolute_path), schema.short(e.instance),
                        schema.german_message(e)) for e in errors]
    if not document["cases"]:
        problems.append(Problem(None, "cases", "[]", _("Die Datei enthält keine Fallakten.")))
    return document["cases"], problems


def _read_case(number: int, item: dict, context: ImportContext):
    problems: list[Problem] = []

    def day(value, path):
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            problems.append(Problem(number, path, value, _("Dieses Datum gibt es nicht.")))
            return None

    person = {k: item[k] for k in PERSON_TEXT + PERSON_TRI_STATE + PERSON_FLAGS if k in item}
    person.update({k: day(item[k], k) for k in PERSON_DATES if k in item})
    if "name_variants" in item:
        person["name_variants"] = "\n".join(item["name_variants"])
    if "birth_date" in item:
        try:
            person["birth_date"], person["birth_date_precision"] = partial_date(
                item["birth_date"] or "")
        except ValueError as error:
            problems.append(Problem(number, "birth_date", item["birth_date"], str(error)))
    if "municipality" in item:
        person["municipality_id"] = _municipality(number, item["municipality"], context, problems)
    case = ParsedCase(source=number, person=person)
    if "status_periods" in item:
        case.periods = [
            {"_row": number, "_index": i, **_with_defaults(p, PERIOD_FIELDS),
             "start": day(p["start"], f"status_periods[{i}].start") or date.min,
             "end": day(p.get("end"), f"status_periods[{i}].end")}
            for i, p in enumerate(item["status_periods"])
        ]
    if "asylum" in item:
        case.asylum_given = True
        case.asylum = _typed(_joined_grounds(item["asylum"]), ASYLUM_FIELDS, "asylum", day)
    if item.get("assessment"):
        case.assessment = _assessment(item["assessment"], day)
    for key, rows in (item.get("facts") or {}).items():
        fields = COLLECTIONS[key].fields
        if key == "training_records":
            rows = [_legacy_training(number, i, r, problems) for i, r in enumerate(rows)]
        typed = (_typed(r, fields, f"facts.{key}[{i}]", day) for i, r in enumerate(rows))
        case.collections[key] = [row for row in typed if row is not None]
    if "family" in item:
        case.family = [(f["relation"], f["file_number"], f.get("living_in_household", True))
                       for f in item["family"]]
    if "applications" in item:
        case.applications = applications.read(number, item["applications"], day, problems)
        problems += applications.problems_of(number, item["file_number"], case.applications,
                                             context)
    if "hardship_petitions" in item:
        case.petitions = petitions.read(number, item["hardship_petitions"], day, problems)
        problems += petitions.problems_of(
            number, item["file_number"], case.petitions,
            petitions.decision_identities(case.applications), context)
    problems += check_case(case, context.today, _label)
    return case, problems


def _assessment(given: dict, day) -> dict:
    """The assessment's given keys only (format 1.1): what a file leaves out stays as stored."""
    dates = {f.name for f in declarations.ASSESSMENT if f.type is Type.DATE}
    return {name: day(value, f"assessment.{name}") if name in dates else value
            for name, value in given.items() if name in ASSESSMENT_FIELDS}


def _joined_grounds(asylum: dict | None) -> dict | None:
    """Several grounds may come as a list or as the text the case file stores (", ")."""
    grounds = (asylum or {}).get("manifestly_unfounded_ground")
    if asylum is None or grounds is None:
        return asylum
    listed = grounds if isinstance(grounds, list) else split_grounds(grounds)
    return {**asylum, "manifestly_unfounded_ground": join_grounds(listed)}


def _legacy_training(number: int, index: int, row: dict, problems: list[Problem]) -> dict:
    """Files of format 1.0 before "kind" said only "qualified" (true/false/null)."""
    if "qualified" not in row:
        return row
    legacy = {True: "qualified", False: "other"}.get(row["qualified"])
    kind = row.get("kind")
    if kind is None:
        return {**row, "kind": legacy}
    if legacy is not None and (kind == "qualified") != (legacy == "qualified"):
        problems.append(Problem(number, f"facts.training_records[{index}].qualified",
                                str(row["qualified"]).lower(), _(
            "„qualified“ widerspricht „kind“; bitte nur „kind“ angeben.")))
    return row


def _with_defaults(row: dict, fields: list[str]) -> dict:
    return {name: row.get(name, "") if name not in ("end",) else row.get(name) for name in fields}


def _typed(row: dict | None, fields: list[str], path: str, day) -> dict | None:
    """Dates as dates, numbers as Decimal where the model stores decimals; text defaults to ''."""
    if row is None:
        return None
    typed = {}
    for name in fields:
        value = row.get(name)
        if isinstance(value, str) and _is_date_field(name):
            value = day(value, f"{path}.{name}")
        elif isinstance(value, float) or name in ("hours_per_week", "months") and value is not None:
            value = Decimal(str(value))
        elif value is None and not _nullable(name):
            value = ""
        typed[name] = value
    return typed


_DATE_NAMES = {"issued", "start", "end", "assessed_on", "benefits_from", "benefits_to", "date",
               "erasure_date", *[f for f in ASYLUM_FIELDS if f.endswith("_date")]}
_NULLABLE = _DATE_NAMES | {"hours_per_week", "months", "daily_rates", "own_earnings_share",
                           "social_insurance", "receives_benefits", "suspended", "juvenile",
                           "foreigner_specific", "intentional", "contract_registered",
                           "completed", "bottleneck_commitment", "qualified",
                           "successful"}


def _is_date_field(name: str) -> bool:
    return name in _DATE_NAMES


def _nullable(name: str) -> bool:
    return name in _NULLABLE


def _municipality(number, name, context: ImportContext, problems) -> int | None:
    if not name:
        return None
    pk = context.municipalities.get(name.casefold())
    if pk is None:
        problems.append(Problem(number, "municipality", name, context.unknown_municipality_message()))
    return pk


def _cross_case_problems(cases: list[ParsedCase], context: ImportContext) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, object] = {}
    for case in cases:
        if case.file_number in first_seen:
            problems.append(Problem(case.source, "file_number", case.file_number, _(
                "Das Aktenzeichen kommt schon in Fall %(n)s vor.") % {"n": first_seen[case.file_number]}))
        first_seen.setdefault(case.file_number, case.source)
    known = context.existing_file_numbers | set(first_seen)
    for case in cases:
        for i, (_relation, number, _household) in enumerate(case.family or []):
            if number not in known or number == case.file_number:
                problems.append(Problem(case.source, f"family[{i}].file_number", number, _(
                    "Keine andere Person mit diesem Aktenzeichen in der Datei oder im Bestand.")))
    return problems


def _label(field: str, period: dict | None) -> str:
    return f"status_periods[{period['_index']}].{field}" if period else field
