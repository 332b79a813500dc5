"""What became of a letter: booked via its code, came to the desk, applied - or no reaction.

A letter without any reaction WEGWEISER_LETTER_FOLLOW_UP_WEEKS after its dispatch gives the
caseworker a follow-up (cases.FollowUp), once per letter (manage.py letter_follow_ups).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from wegweiser.accounts.scoping import authority_scope
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.models import Application, FollowUp
from wegweiser.counselling.models import Appointment, Outcome

from .models import Letter, LetterMember


@dataclass(frozen=True)
class Response:
    booked: bool
    attended: bool
    applied: bool

    @property
    def any(self) -> bool:
        return self.booked or self.attended or self.applied


def responses(letters: list[Letter]) -> dict[int, Response]:
    """The response of each letter, in three queries for any number of letters."""
    code_ids = [letter.booking_code_id for letter in letters if letter.booking_code_id]
    appointments = Appointment.unscoped.filter(booking_code_id__in=code_ids)
    booked = set(appointments.values_list("booking_code_id", flat=True))
    attended = set(appointments.filter(outcome=Outcome.ATTENDED)
                   .values_list("booking_code_id", flat=True))
    members: dict[int, list[int]] = {}
    for letter_id, person_id in LetterMember.unscoped.filter(
            letter__in=[letter.pk for letter in letters]).values_list("letter_id", "person_id"):
        members.setdefault(letter_id, []).append(person_id)
    first_application: dict[int, date] = {}
    person_ids = [pk for ids in members.values() for pk in ids]
    for person_id, received in Application.unscoped.filter(person_id__in=person_ids).values_list(
            "person_id", "received_on"):
        first_application.setdefault(person_id, received)
        first_application[person_id] = max(first_application[person_id], received)
    result = {}
    for letter in letters:
        sent = letter.dispatched_on or timezone.localtime(letter.created_at).date()
        applied = any(first_application.get(pk, date.min) >= sent
                      for pk in members.get(letter.pk, []))
        result[letter.pk] = Response(letter.booking_code_id in booked,
                                     letter.booking_code_id in attended, applied)
    return result


def create_follow_ups(today: date | None = None) -> int:
    """Follow-ups for dispatched letters without reaction after N weeks; idempotent."""
    today = today or timezone.localdate()
    cutoff = today - timedelta(weeks=settings.WEGWEISER_LETTER_FOLLOW_UP_WEEKS)
    due = list(Letter.unscoped.filter(dispatched_on__lte=cutoff, follow_up__isnull=True)
               .select_related("addressee__assigned_to", "run__created_by"))
    created = 0
    for letter, response in zip(due, responses(due).values(), strict=True):
        if not response.any and _follow_up(letter, today):
            created += 1
    return created


def _follow_up(letter: Letter, today: date) -> bool:
    assignee = letter.addressee.assigned_to or letter.run.created_by
    if assignee is None:
        return False
    with authority_scope(letter.authority_id), transaction.atomic():
        follow_up = FollowUp.unscoped.create(
            authority_id=letter.authority_id, person=letter.addressee, due_date=today,
            assignee=assignee,
            reason=f"Keine Reaktion auf das Anschreiben vom {letter.dispatched_on:%d.%m.%Y} "
                   f"(Buchungscode nicht genutzt, kein Antrag)")
        # The conditional update makes a second, concurrent pass a no-op.
        if not Letter.unscoped.filter(pk=letter.pk, follow_up__isnull=True).update(
                follow_up=follow_up):
            transaction.set_rollback(True)
            return False
        record(None, AuditAction.CREATE, person=letter.addressee,
               target=gettext_lazy("Wiedervorlage nach Anschreiben"),
               detail={"record": "followup", "id": follow_up.pk, "letter": letter.pk})
    return True
