"""Background screening: the worklist enqueues, a worker (`manage.py db_worker`) runs it."""

import logging
from contextlib import nullcontext

from django.tasks import task

from wegweiser.accounts.scoping import authority_scope, current_authority_id

from .models import ScreeningRun
from .runs import execute, mark_failed

logger = logging.getLogger(__name__)


@task
def run_screening(run_pk: int) -> None:
    run = ScreeningRun.unscoped.get(pk=run_pk)
    # A worker has no request scope; the immediate backend (tests) runs inside one already.
    scope = nullcontext() if current_authority_id() == run.authority_id else authority_scope(
        run.authority_id)
    with scope:
        try:
            execute(run)
        except Exception:
            logger.exception("Screening run %s failed", run.pk)
            mark_failed(run)
