"""The work behind ``wegweiser screen``: read, evaluate, filter; a progress bar on stderr."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TextIO

import polars as pl
from django.utils.translation import gettext as _

from wegweiser.accounts.models import Authority
from wegweiser.cases.models import Person
from wegweiser.law.pathways import PATHWAYS_BY_ID

from .db_source import raw_tables
from .evaluate import SILENT, evaluate_long
from .file_source import InputError, parse, raw_tables_from_cases, read_document
from .frames import RawTables, fact_frames
from .output import with_names


class Bar:
    """``Prüfung  [#######.............]  35 %  (700/2000)`` redrawn in place on stderr."""

    def __init__(self, stream: TextIO | None, width: int = 30):
        self.stream, self.width = stream, width

    def __call__(self, label: str, done: int, total: int) -> None:
        if self.stream is None:
            return
        share = done / total if total else 1.0
        filled = round(self.width * share)
        self.stream.write(f"\r{label:<10} [{'#' * filled}{'.' * (self.width - filled)}] "
                          f"{round(100 * share):3d} %  ({done}/{total})")
        self.open = done < total
        if not self.open:
            self.stream.write("\n")
        self.stream.flush()

    def interrupt(self) -> None:
        """End a half-drawn line so that messages start on their own line."""
        if self.stream is not None and getattr(self, "open", False):
            self.stream.write("\n")
            self.open = False


def _check_pathway(pathway: str | None) -> None:
    if pathway and pathway not in PATHWAYS_BY_ID:
        known = ", ".join(PATHWAYS_BY_ID)
        raise InputError([_("--pathway: unbekannter Weg „%(p)s“; bekannt sind: %(known)s.") % {
            "p": pathway, "known": known}])


def _evaluate(raw: RawTables, as_of: date, pathway: str | None, bar: Bar) -> pl.DataFrame:
    long = evaluate_long(fact_frames(raw, as_of), as_of,
                         progress=lambda done, total: bar(_("Prüfung"), done, total))
    long = long.filter(~pl.col("verdict").is_in(list(SILENT)))
    if pathway:
        long = long.filter(pl.col("pathway_id") == pathway)
    return with_names(long, raw.persons).sort("file_number", "pathway_id")


def screen_file(path: Path, as_of: date, pathway: str | None, bar: Bar):
    _check_pathway(pathway)
    bar(_("Lesen"), 0, 1)
    cases = parse(read_document(path), as_of)
    bar(_("Lesen"), 1, 1)
    return _evaluate(raw_tables_from_cases(cases), as_of, pathway, bar), {
        "kind": "file", "name": path.name}


def screen_database(authority: str, as_of: date, pathway: str | None, bar: Bar):
    _check_pathway(pathway)
    office = _authority(authority)
    persons = Person.unscoped.filter(authority=office)
    raw = raw_tables(persons, progress=lambda _phase, done, total: bar(_("Lesen"), done, total))
    return _evaluate(raw, as_of, pathway, bar), {"kind": "database", "name": office.name}


def _authority(key: str) -> Authority:
    office = (Authority.objects.filter(pk=int(key)).first() if key.isdigit()
              else Authority.objects.filter(short_name__iexact=key).first())
    if office is None:
        raise InputError([_("--authority: keine Behörde mit Id oder Kurzname „%(key)s“.") % {
            "key": key}])
    return office
