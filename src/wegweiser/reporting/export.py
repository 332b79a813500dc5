"""The dashboard as CSV or XLSX, suppressed: the figures leave the office. `xlsx_table_response`
is the one XLSX writer for figures (also the desk statistics, counselling/views_statistics.py)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from typing import Any

from django.http import FileResponse, HttpResponse
from django.utils.translation import gettext as _

from wegweiser.interop import formulas
from wegweiser.interop.exporting import CONTENT_TYPES, figures_csv_response

from .figures import CHARTS, REGISTRY, shown_figures
from .kpis import Pillar
from .suppression import suppress


def table(snap: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    """One row per figure, then one row per chart value: section, figure, group, value, unit."""
    header = [_("Bereich"), _("Kennzahl"), _("Gruppe"), _("Wert"), _("Einheit"), _("Zeitraum")]
    when = f"{snap['start']} – {snap['end']}"
    pillars = dict(Pillar.choices)
    rows = [[str(pillars[REGISTRY[f.key].pillar]), str(f.label), "", f.text, str(f.unit), when]
            for f in shown_figures(snap, outward=True)]
    for spec in CHARTS:
        for label, value in snap["series"].get(spec.key, []):
            rows.append([str(pillars[spec.pillar]), str(spec.title), str(label), suppress(value),
                         str(spec.unit), when])
    return header, rows


def csv_response(snap: dict[str, Any], filename: str) -> HttpResponse:
    header, rows = table(snap)
    return figures_csv_response(header, rows, filename)


def xlsx_response(snap: dict[str, Any], filename: str) -> FileResponse:
    header, rows = table(snap)
    return xlsx_table_response(header, rows, filename, _("Kennzahlen"))


def xlsx_table_response(header: list[str], rows: Iterable[list[Any]], filename: str,
                        sheet_title: str) -> FileResponse:
    """The one XLSX writer for figures: one sheet, a header row, cells guarded against formulas.
    The caller hands in rows already suppressed where they leave the office."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])  # Excel's limit for sheet names
    sheet.append(header)
    for row in rows:
        sheet.append(formulas.xlsx_cells(sheet, row))
    spool = tempfile.TemporaryFile()
    workbook.save(spool)
    spool.seek(0)
    return FileResponse(spool, as_attachment=True, filename=filename,
                        content_type=CONTENT_TYPES["xlsx"])
