"""Read the flat CSV/XLSX layout (one row per status period) into parsed cases."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from wegweiser.cases.models import Person

from . import layout
from .checks import check_case
from .context import ImportContext
from .readers import FileRejected, Table
from .spec import ParsedCase, model_value_problem
from .values import MAX_CELL, BadValue, Problem

Progress = Callable[[int, int], None]
_PERSON_ATTRS_CHECKED = {"file_number", "azr_number", "family_name", "given_names", "facts_note"}


@dataclass
class _Columns:
    person: list[tuple[layout.Column, int]]
    period: list[tuple[layout.Column, int]]
    file_number: int


@dataclass
class TabularResult:
    cases: list[ParsedCase] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0


def map_columns(headers: list[str]) -> _Columns:
    """Which column of the file holds what; unknown columns are ignored (documented)."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        column = layout.BY_HEADER.get(header.casefold())
        if column is None:
            continue
        if column.attr in found:
            raise FileRejected(_("Die Spalte „%(h)s“ kommt zweimal vor.") % {"h": column.header})
        found[column.attr] = index
    missing = [c.header for c in layout.PERSON_COLUMNS if c.required and c.attr not in found]
    period_given = [c for c in layout.PERIOD_COLUMNS if c.attr in found]
    if period_given:  # status columns come as a set: at least kind and start
        missing += [c.header for c in layout.PERIOD_COLUMNS[:2] if c.attr not in found]
    if missing:
        raise FileRejected(
            _("Es fehlen Pflichtspalten: %(missing)s. Die erste Zeile muss die "
              "Spaltenüberschriften enthalten (siehe Formatbeschreibung).")
            % {"missing": ", ".join(missing)}
        )
    person = [(c, found[c.attr]) for c in layout.PERSON_COLUMNS if c.attr in found]
    period = [(c, found[c.attr]) for c in layout.PERIOD_COLUMNS if c.attr in found]
    return _Columns(person, period, found["file_number"])


def parse_table(table: Table, context: ImportContext, progress: Progress | None = None):
    columns = map_columns(table.headers)
    result = TabularResult()
    by_file_number: dict[str, tuple[ParsedCase, int]] = {}
    width = len(table.headers)
    for line, cells in table.rows:
        result.rows += 1
        if progress and result.rows % 5000 == 0:
            progress(result.rows, table.total)
        cells = cells + [""] * (width - len(cells))
        _read_row(line, cells, columns, context, by_file_number, result)
        if len(result.problems) > context.max_problems:
            break
    for case, _fingerprint in by_file_number.values():
        result.problems += check_case(case, context.today, _label)
    if not result.rows:
        raise FileRejected(_("Die Datei enthält keine Datenzeilen."))
    result.cases = [case for case, _fingerprint in by_file_number.values()]
    return result


def _read_row(line, cells, columns: _Columns, context, by_file_number, result) -> None:
    if max(map(len, cells)) > MAX_CELL:
        oversized = [i for i, cell in enumerate(cells) if len(cell) > MAX_CELL]
        header = columns_header(columns, oversized[0])
        result.problems.append(Problem(line, header, cells[oversized[0]][:50] + "…",
                                       _("Der Wert ist viel zu lang.")))
        return
    file_number = cells[columns.file_number].strip()
    if not file_number:
        result.problems.append(Problem(line, "Aktenzeichen", "", _("Pflichtangabe fehlt.")))
        return
    fingerprint = hash(tuple(cells[i] for _c, i in columns.person))
    known = by_file_number.get(file_number)
    if known is None:
        person = _parse_person(line, cells, columns, context, result.problems)
        case = ParsedCase(source=line, person=person, periods=[] if columns.period else None)
        by_file_number[file_number] = (case, fingerprint)
    else:
        case = known[0]
        if fingerprint != known[1]:
            _compare_repeated(line, cells, columns, context, case, result.problems)
    if columns.period and any(cells[i].strip() for _c, i in columns.period):
        period, ok = _parse_cells(line, cells, columns.period, result.problems)
        if ok and case.periods is not None:
            case.periods.append({"_row": line, **_period_defaults(), **period})


def _period_defaults() -> dict:
    return {"end": None, "legal_basis": "", "azr_reason_code": "", "note": ""}


def columns_header(columns: _Columns, index: int) -> str:
    for column, i in columns.person + columns.period:
        if i == index:
            return column.header
    return _("Spalte %(n)s") % {"n": index + 1}


def _parse_cells(line, cells, pairs, problems) -> tuple[dict, bool]:
    values, ok = {}, True
    for column, index in pairs:
        try:
            values[column.attr] = column.parse(cells[index])
        except BadValue as error:
            problems.append(Problem(line, column.header, cells[index], str(error)))
            ok = False
    return values, ok


def _parse_person(line, cells, columns, context, problems) -> dict:
    values, _ok = _parse_cells(line, cells, columns.person, problems)
    person = {}
    for attr, value in values.items():
        if attr == "birth_date":
            person["birth_date"], person["birth_date_precision"] = value
        elif attr == "municipality":
            person["municipality_id"] = _municipality(line, value, context, problems)
        else:
            person[attr] = value
        if attr in _PERSON_ATTRS_CHECKED and (message := model_value_problem(Person, attr, value)):
            header = layout.BY_ATTR[attr].header
            problems.append(Problem(line, header, str(value), message))
    person.setdefault("file_number", cells[columns.file_number].strip())
    return person


def _municipality(line, name: str, context: ImportContext, problems) -> int | None:
    if not name:
        return None
    pk = context.municipalities.get(name.casefold())
    if pk is None:
        problems.append(Problem(line, "Wohnort", name, context.unknown_municipality_message()))
    return pk


def _compare_repeated(line, cells, columns, context, case, problems) -> None:
    """Rows of one person must agree on the person columns; name the ones that differ."""
    again = _parse_person(line, cells, columns, context, [])
    for column, index in columns.person:
        attrs = ["birth_date", "birth_date_precision"] if column.attr == "birth_date" else [
            "municipality_id" if column.attr == "municipality" else column.attr]
        if any(again.get(a) != case.person.get(a) for a in attrs):
            problems.append(Problem(
                line, column.header, cells[index],
                _("Weicht von den Angaben derselben Person in Zeile %(row)s ab.")
                % {"row": case.source},
            ))


def _label(attr: str, period: dict | None) -> str:
    return layout.BY_ATTR[attr].header
