"""Background work of letters: a mail run, and the follow-ups for letters without reaction."""

from contextlib import nullcontext

from django.tasks import task

from wegweiser.accounts.scoping import authority_scope, current_authority_id

from .models import MailRun


@task
def run_mail_run(run_pk: int) -> None:
    from .mailruns import execute

    run = MailRun.unscoped.select_related("authority", "desk", "template_version",
                                          "screening_run", "constellation").get(pk=run_pk)
    # A worker has no request scope; the immediate backend (tests) runs inside one already.
    scope = nullcontext() if current_authority_id() == run.authority_id else authority_scope(
        run.authority_id)
    with scope:
        execute(run)


@task
def letter_follow_ups() -> int:
    from .responses import create_follow_ups

    return create_follow_ups()
