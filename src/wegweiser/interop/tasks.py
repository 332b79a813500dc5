"""Background import: the upload page enqueues, a worker (`manage.py db_worker`) runs it."""

import logging
from contextlib import nullcontext

from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.scoping import authority_scope, current_authority_id

from .models import ImportJob, ImportStatus
from .services import import_file

logger = logging.getLogger(__name__)
PROGRESS_EVERY = 5000  # rows; the parser reports in such steps


@task
def run_import(job_pk: int) -> None:
    job = ImportJob.unscoped.select_related("authority", "created_by").get(pk=job_pk)
    # A worker has no request scope; the immediate backend (tests) runs inside one already.
    scope = nullcontext() if current_authority_id() == job.authority_id else authority_scope(
        job.authority_id)
    with scope:
        _run(job)


def _run(job: ImportJob) -> None:
    try:
        _set(job, status=ImportStatus.READING)
        with job.upload.open("rb") as stored:
            data = stored.read()
        outcome = import_file(data, job.original_name, job.authority, job.created_by,
                              dry_run=job.dry_run, progress=lambda *p: _progress(job, *p))
        status = ImportStatus.DONE if outcome.ok else ImportStatus.REJECTED
        _finish(job, status, outcome.report())
    except Exception:
        logger.exception("Import job %s failed", job.pk)
        _finish(job, ImportStatus.FAILED, {"message": _(
            "Beim Import ist ein unerwarteter Fehler aufgetreten; es wurde nichts übernommen.")})


def _progress(job: ImportJob, phase: str, done: int, total: int) -> None:
    if phase == "write":
        _set(job, status=ImportStatus.WRITING, rows_done=job.rows_total or done)
    else:
        _set(job, rows_done=done, rows_total=max(total, done))


def _set(job: ImportJob, **values) -> None:
    for name, value in values.items():
        setattr(job, name, value)
    ImportJob.unscoped.filter(pk=job.pk).update(**values)


def _finish(job: ImportJob, status: str, report: dict) -> None:
    # The upload holds personal data; once the report exists it is no longer needed.
    if job.upload:
        job.upload.delete(save=False)
    _set(job, status=status, report=report, finished_at=timezone.now(), upload="")
