"""The desk, letters, counselling, partners, training and dialogue of the demo district, built after the
screening run (the mail run writes to a group of it). Each concept has its own module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.counselling.models import Desk
from wegweiser.letters.models import MailRun
from wegweiser.reporting.models import CommitteeReport, Grant
from wegweiser.screening.models import ScreeningRun

from . import bookings, counselling_records, desk, grant, mail_run, meetings, partners, training


@dataclass
class Pillars:
    desk: Desk | None = None
    mail_run: MailRun | None = None
    sessions: int = 0
    partners: int = 0
    training_events: int = 0
    meetings: int = 0
    appointments: int = 0
    grant: Grant | None = None
    report: CommitteeReport | None = None


@transaction.atomic
def add_pillars(authority_id: int, screening_run: ScreeningRun, today: date,
                seed: int) -> Pillars:
    head = User.objects.filter(authority_id=authority_id, role=Role.HEAD,
                               is_active=True).order_by("pk").first()
    if head is None:
        return Pillars()
    the_desk = desk.create_desk(authority_id, today)
    result = Pillars(desk=the_desk)
    result.mail_run = mail_run.add_mail_run(the_desk, screening_run, today)
    organisations = partners.add_partners(head)
    result.partners = len(organisations)
    result.sessions = len(counselling_records.add_sessions(the_desk, today, seed))
    result.training_events = len(training.add_training(head, today))
    result.meetings = len(meetings.add_meetings(head, today, seed, organisations))
    result.appointments = len(bookings.add_bookings(the_desk, today, seed,
                                                    result.mail_run).appointments)
    result.grant = grant.add_grant(head, today)
    result.report = grant.add_report(head, today)
    return result
