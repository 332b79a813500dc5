"""A mail run already done: the invitation to everyone of the group "jetzt erfüllt" of the
demo screening run, one letter per household with a booking code, dispatched by post three
weeks before the demo date - through the letters' one door (letters/mailruns.py).

The run is written without the combined print file: the letters themselves are written as in
production (about 5 s for 320 households), but setting all of them as one PDF takes over a
minute (docs/benchmarks.md); each letter's PDF is still rendered when it is opened.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.counselling.models import BookingCode, Desk
from wegweiser.letters import mailruns, wording
from wegweiser.letters.models import Letter, MailRun
from wegweiser.screening.models import ScreeningRun

DISPATCH_WEEKS = 3


def add_mail_run(desk: Desk, screening_run: ScreeningRun, today: date) -> MailRun | None:
    author = User.objects.filter(authority_id=desk.authority_id, role=Role.CASEWORKER,
                                 is_active=True).order_by("username").first()
    if author is None:
        return None
    wording.default_template(desk.authority_id)
    run = mailruns.create_run(author, screening_run=screening_run, group="met_now", desk=desk,
                              enqueue=False)
    mailruns.execute(run, print_file=False)
    run.refresh_from_db()
    # Dispatch is refused in the future: a demo dated ahead still dispatches before today.
    sent = min(today, timezone.localdate()) - timedelta(weeks=DISPATCH_WEEKS)
    mailruns.mark_dispatched(author, run, day=sent, channel="post")
    _written_before(run, sent)
    run.refresh_from_db()
    return run


def _written_before(run: MailRun, sent: date) -> None:
    """The letters were written the working day before their dispatch, not at demo time."""
    written = timezone.make_aware(datetime.combine(sent - timedelta(days=1), time(10, 30)))
    MailRun.unscoped.filter(pk=run.pk).update(created_at=written,
                                              finished_at=written + timedelta(minutes=4))
    letters = Letter.unscoped.filter(run=run)
    letters.update(created_at=written)
    BookingCode.unscoped.filter(pk__in=letters.values("booking_code_id")).update(
        created_at=written)
