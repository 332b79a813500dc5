"""`demo --reset` twice: the second run deletes what the first wrote for the desk, letters,
counselling, partners and training (many-to-many rows included) and writes it anew."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from wegweiser.counselling.models import Appointment, Desk, Session, Slot, SlotClaim, WaitlistEntry
from wegweiser.dialogue.models import Organisation
from wegweiser.letters.models import Letter, LetterMember, MailRun, PostalAddress
from wegweiser.reporting.models import CommitteeReport, Consultation, Expense, Grant
from wegweiser.training.models import Attendance, TrainingEvent

MODELS = [Desk, Slot, Session, Session.topics.through, MailRun, Letter, LetterMember,
          PostalAddress, Organisation, TrainingEvent, Attendance, Appointment, SlotClaim,
          WaitlistEntry, Grant, Expense, CommitteeReport, Consultation]


def counts() -> list[int]:
    return [getattr(model, "unscoped", model.objects).count() for model in MODELS]


@pytest.mark.django_db
def test_a_second_reset_leaves_the_same_number_of_rows_in_every_new_table():
    options = {"seed": 3, "persons": 300, "today": date(2026, 3, 1), "stdout": io.StringIO(),
               "stderr": io.StringIO()}
    call_command("demo", reset=True, **options)
    first = counts()
    assert all(first), dict(zip([m.__name__ for m in MODELS], first, strict=True))
    call_command("demo", reset=True, **options)
    assert counts() == first
