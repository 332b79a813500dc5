"""The one door for imports: read, validate everything, then write all or nothing."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record

from .context import ImportContext
from .exchange import document_to_cases
from .importer import ImportCounts, Writer
from .readers import FileRejected, detect_format, read_json, read_table
from .tabular import parse_table
from .values import Problem

logger = logging.getLogger(__name__)

# (phase, done, total): phases are "read" while validating and "write" while saving.
Progress = Callable[[str, int, int], None]


def max_upload_bytes() -> int:
    return getattr(settings, "WEGWEISER_IMPORT_MAX_MB", 200) * 1024 * 1024


@dataclass
class ImportOutcome:
    format: str = ""
    rows: int = 0
    cases: int = 0
    message: str = ""  # why the whole file was refused (empty if it was read)
    problems: list[Problem] = field(default_factory=list)
    counts: ImportCounts | None = None
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return self.counts is not None

    def report(self) -> dict:
        return {
            "format": self.format, "rows": self.rows, "cases": self.cases,
            "message": self.message, "dry_run": self.dry_run,
            "problems": [p.as_dict() for p in self.problems],
            "counts": self.counts.as_dict() if self.counts else None,
        }


def import_file(data: bytes, filename: str, authority, user, *, dry_run: bool = False,
                progress: Progress | None = None) -> ImportOutcome:
    """Import a CSV, XLSX or JSON file into `authority`; never raises for a bad file."""
    outcome = ImportOutcome(dry_run=dry_run)
    try:
        _import(data, filename, authority, user, outcome, progress)
    except FileRejected as error:
        outcome.message = str(error)
    except DatabaseError:
        logger.exception("Import into authority %s failed while writing", authority.pk)
        outcome.message = _("Die Daten konnten nicht gespeichert werden; es wurde nichts "
                            "übernommen. Bitte wenden Sie sich an die Administration.")
    return outcome


def _import(data, filename, authority, user, outcome: ImportOutcome, progress) -> None:
    if len(data) > max_upload_bytes():
        raise FileRejected(_("Die Datei ist zu groß (höchstens %(mb)s MB).")
                           % {"mb": max_upload_bytes() // (1024 * 1024)})
    outcome.format = detect_format(filename, data)
    context = ImportContext.for_authority(authority.pk)
    context.has_user = user is not None
    cases, problems = _read(data, outcome, context, progress)
    outcome.cases = len(cases)
    outcome.problems = sorted(problems, key=lambda p: (p.row or 0, p.column))
    if outcome.problems:
        return
    if progress:
        progress("write", 0, len(cases))
    with transaction.atomic():
        outcome.counts = Writer(authority.pk, user, context.today).write(cases)
        record(user, AuditAction.IMPORT, target=filename[:200], authority_id=authority.pk,
               detail={"format": outcome.format, "rows": outcome.rows,
                       "dry_run": outcome.dry_run, **outcome.counts.as_dict()})
        if outcome.dry_run:
            transaction.set_rollback(True)


def _read(data, outcome: ImportOutcome, context, progress):
    if outcome.format == "json":
        cases, problems = document_to_cases(read_json(data), context)
        outcome.rows = len(cases)
        return cases, problems
    table = read_table(data, outcome.format)
    result = parse_table(table, context, (lambda done, total: progress("read", done, total))
                         if progress else None)
    outcome.rows = result.rows
    return result.cases, result.problems
