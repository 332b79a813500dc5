"""Export of the filtered case list: CSV and XLSX in the flat layout, JSON in the exchange format.

All three stream or spool row by row, so 100,000 persons need neither a long page load
before the first byte (CSV, JSON) nor the whole list in memory. CSV and XLSX are opened in
spreadsheets, so text that a spreadsheet would run as a formula is neutralised there
(interop.formulas); JSON stays exact data.
"""

import csv
import json
import tempfile
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch, QuerySet
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils import timezone

from wegweiser.accounts.scoping import authority_scope
from wegweiser.cases.models import Person, StatusKind, StatusPeriod

from . import formulas, layout
from .exchange import case_to_dict, document_header, prefetched
from .spec import PERSON_TRI_STATE
from .values import format_partial_date, format_sex, format_tri_state

CHUNK = 2000
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def headers() -> list[str]:
    return [c.header for c in layout.export_columns()] + layout.DERIVED_HEADERS


def _german_date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _person_cells(person: Person) -> list[str]:
    cells = []
    for column in layout.PERSON_COLUMNS:
        if column.attr in layout.NOT_IN_LIST_EXPORT:
            continue
        cells.append(_person_value(person, column.attr))
    return cells


def _person_value(person: Person, attr: str) -> str:
    value = getattr(person, attr, None) if attr != "municipality" else None
    if attr == "name_variants":
        return "|".join(person.variants())
    if attr == "birth_date":
        return format_partial_date(person.birth_date, person.birth_date_precision)
    if attr == "sex":
        return format_sex(person.sex)
    if attr == "municipality":
        return person.municipality.name if person.municipality else ""
    if attr in ("entry_date", "identity_clarified_since"):
        return _german_date(value)
    if attr in PERSON_TRI_STATE:
        return format_tri_state(value)
    return str(value)


def _period_cells(period: StatusPeriod | None) -> list[str]:
    if period is None:
        return [""] * len(layout.PERIOD_COLUMNS)
    return [period.kind, _german_date(period.start), _german_date(period.end),
            period.legal_basis, period.azr_reason_code, period.note]


def rows(queryset: QuerySet[Person]) -> Iterator[list[str]]:
    """One row per status period, person columns repeated (the import layout)."""
    persons = queryset.select_related("municipality").prefetch_related(
        Prefetch("status_periods", queryset=StatusPeriod.unscoped.order_by("start", "pk")))
    for person in persons.iterator(chunk_size=CHUNK):
        person_cells = _person_cells(person)
        derived = [_status_label(person.current_status_kind),
                   _german_date(person.duldung_chain_since)]
        periods: list[StatusPeriod | None] = [*person.status_periods.all()] or [None]
        for period in periods:
            yield person_cells + _period_cells(period) + derived


def _status_label(kind: str) -> str:
    return str(StatusKind(kind).label) if kind in StatusKind.values else kind


class _Echo:
    def write(self, value: str) -> str:
        return value


def _scoped(authority_id: int, chunks: Iterator) -> Iterator:
    # A streaming body is read after the view returned, outside the request's scope.
    with authority_scope(authority_id):
        yield from chunks


def csv_response(queryset, authority_id: int, filename: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")

    def lines():
        yield "\ufeff" + writer.writerow(headers())
        for row in rows(queryset):
            yield writer.writerow(formulas.csv_cells(row))

    return _streaming(_scoped(authority_id, lines()), "csv", filename)


def figures_csv_response(header: list[str], rows: Iterable[list], filename: str) -> HttpResponse:
    """A small table of figures (no personal data) as CSV, in the layout of every CSV export:
    semicolons, a byte order mark for spreadsheets, formula-looking text neutralised."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")
    body = "\ufeff" + writer.writerow(header) + "".join(
        writer.writerow(formulas.csv_cells([str(cell) for cell in row])) for row in rows)
    response = HttpResponse(body, content_type=CONTENT_TYPES["csv"])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def json_response(queryset, authority_id: int, authority_name: str, filename: str,
                  include_criminal: bool, include_decisions: bool = True) -> StreamingHttpResponse:
    def chunks():
        header = json.dumps(document_header(authority_name), ensure_ascii=False)
        yield header[:-1] + ', "cases": [\n'
        persons = prefetched(queryset, include_criminal, include_decisions).iterator(
            chunk_size=CHUNK)
        for index, person in enumerate(persons):
            case = json.dumps(case_to_dict(person, include_criminal, include_decisions),
                              ensure_ascii=False)
            yield ("" if index == 0 else ",\n") + case
        yield "\n]}\n"

    return _streaming(_scoped(authority_id, chunks()), "json", filename)


def xlsx_response(queryset, filename: str) -> FileResponse:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Fälle")
    sheet.append(headers())
    for row in rows(queryset):
        sheet.append(formulas.xlsx_cells(sheet, row))
    spool = tempfile.TemporaryFile()
    workbook.save(spool)
    spool.seek(0)
    return FileResponse(spool, as_attachment=True, filename=filename,
                        content_type=CONTENT_TYPES["xlsx"])


def _streaming(body, fmt: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_filename(fmt: str) -> str:
    return f"faelle-{timezone.localdate().isoformat()}.{fmt}"
