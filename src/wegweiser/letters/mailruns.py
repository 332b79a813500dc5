"""Mail runs: the one door to create one, write its letters, and record their dispatch.

A run writes one letter per household (households.py) to the persons of a group of a finished
screening run. A household that already had a letter for the same reason within
WEGWEISER_LETTER_REPEAT_DAYS is skipped and counted; persons without a valid address are listed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.counselling.models import BookingCode, Desk
from wegweiser.review.models import Constellation
from wegweiser.screening.models import RunStatus, ScreeningRun
from wegweiser.web.versioning import ConflictError, claim_version

from .codes import fresh_codes
from .composer import compose, values_for
from .households import Household, households
from .models import DispatchChannel, Letter, LetterMember, MailRun, MailRunStatus
from .pdf import PrintFile, PrintFileError, parts_for
from .selection import GROUPS, reason_for, selected
from .wording import default_template

logger = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
CODE_VALID_DAYS = 90
PROGRESS_EVERY = 25
ADDRESS_MAX = 500


class LetterConflict(ConflictError):
    message = gettext_noop(
        "Dieser Brief wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu.")


# --- creating a run ------------------------------------------------------------------------

def check_request(screening_run: ScreeningRun | None, group: str,
                  constellation: Constellation | None, desk: Desk | None) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if screening_run is None:
        errors["screening_run"] = [_("Bitte einen Prüflauf wählen.")]
    elif screening_run.status != RunStatus.DONE:
        errors["screening_run"] = [_("Der Prüflauf ist nicht abgeschlossen.")]
    if group not in GROUPS:
        errors["group"] = [_("Bitte eine Gruppe wählen.")]
    elif group == "constellation" and constellation is None:
        errors["constellation"] = [_("Bitte eine Fallkonstellation wählen.")]
    if desk is None:
        errors["desk"] = [_("Bitte eine Beratungsstelle wählen. Ohne Beratungsstelle gibt es "
                            "keine Einladung und keinen Buchungscode.")]
    return errors


def create_run(user, *, screening_run: ScreeningRun | None, group: str,
               constellation: Constellation | None = None, desk: Desk | None = None,
               request=None, enqueue: bool = True) -> MailRun:
    """Create the run and hand it to the task queue once committed; ValidationError writes nothing."""
    errors = check_request(screening_run, group, constellation, desk)
    if errors:
        raise ValidationError(errors)
    assert screening_run is not None and desk is not None
    authority_id = screening_run.authority_id
    version = default_template(authority_id).current
    assert version is not None  # a template is created with its first version
    with transaction.atomic():
        run = MailRun.unscoped.create(
            authority_id=authority_id, screening_run=screening_run, group=group,
            constellation=constellation if group == "constellation" else None,
            reason=reason_for(group, constellation), template_version=version, desk=desk,
            created_by=user if getattr(user, "pk", None) else None)
        record(user, AuditAction.CREATE, request=request, target=gettext_lazy("Serienbrief"),
               authority_id=authority_id,
               detail={"record": "mailrun", "id": run.pk, "screening_run": screening_run.pk,
                       "reason": run.reason, "template_version": version.number})
        if enqueue:
            from .tasks import run_mail_run

            transaction.on_commit(partial(run_mail_run.enqueue, run.pk))
    return run


# --- writing the letters -------------------------------------------------------------------

def execute(run: MailRun, progress: Progress | None = None, print_file: bool = True) -> None:
    """Write the letters of the run and, meanwhile, the combined print file; any error marks
    it failed.

    Without `print_file` (the demo) no combined PDF is set: each letter's own PDF is rendered
    from its archived HTML when asked for, and setting 300 letters takes over a minute."""
    try:
        _execute(run, progress or (lambda *_args: None), print_file)
    except PrintFileError:
        logger.exception("Mail run %s: the print file failed", run.pk)
        _set(run, status=MailRunStatus.FAILED, finished_at=timezone.now(),
             message=_("Beim Erstellen der Druckdatei ist ein Fehler aufgetreten."))
    except Exception:
        logger.exception("Mail run %s failed", run.pk)
        _set(run, status=MailRunStatus.FAILED, finished_at=timezone.now(),
             message=_("Beim Schreiben der Briefe ist ein Fehler aufgetreten."))


def _execute(run: MailRun, progress: Progress, print_file: bool = True) -> None:
    if run.screening_run is None:
        raise ValueError("the screening run of this mail run was deleted")
    persons, pathways = selected(run.screening_run, run.group, run.constellation)
    found, without = households(persons)
    written_before = _recently_written(run)
    fresh = [h for h in found if not any(p.pk in written_before for p in h.members)]
    printing = print_file and bool(fresh)
    parts_total = parts_for(len(fresh)) if printing else 0
    _set(run, status=MailRunStatus.WRITING, households_total=len(fresh), households_done=0,
         parts_total=parts_total, parts_done=0,
         without_address=[{"id": p.pk, "name": p.full_name, "file_number": p.file_number}
                          for p in without])
    codes = fresh_codes(len(fresh))
    # The parts of the print file are set by worker processes while the letters are written.
    with PrintFile(str(run)) as printer:
        for start in range(0, len(fresh), PROGRESS_EVERY):
            batch = zip(fresh[start:start + PROGRESS_EVERY],
                        codes[start:start + PROGRESS_EVERY], strict=True)
            # One commit per batch, not per letter: a commit waits for the disk (SQLite:
            # 16 ms of the 20 ms a letter took; bench/bench_mail_run.py).
            with transaction.atomic():
                for household, code in batch:
                    html = _write_letter(run, household, code, pathways).html
                    if printing:
                        printer.add(html)
            done = min(start + PROGRESS_EVERY, len(fresh))
            if printing:
                printer.join_ready()
            _set(run, households_done=done, parts_done=printer.parts_done)
            progress(_("Briefe"), done, len(fresh))
        _set(run, status=MailRunStatus.PRINTING)

        def printed(done: int, total: int) -> None:
            if done != run.parts_done:
                _set(run, parts_done=done)
            progress(_("Druckdatei"), done, total)

        pdf = printer.finish(printed) if printing else None
    counts = {"letters": len(fresh), "households": len(found), "persons": len(persons),
              "no_address": len(without), "duplicates": len(found) - len(fresh)}
    _set(run, status=MailRunStatus.DONE, finished_at=timezone.now(), counts=counts, print_pdf=pdf)
    record(None, AuditAction.CREATE, authority_id=run.authority_id,
           target=gettext_lazy("Serienbrief abgeschlossen"),
           detail={"record": "mailrun", "id": run.pk, **counts})


def _recently_written(run: MailRun) -> set[int]:
    """Persons who had a letter for the run's reason within the repeat period."""
    since = timezone.now() - timedelta(days=settings.WEGWEISER_LETTER_REPEAT_DAYS)
    return set(LetterMember.unscoped.filter(
        authority_id=run.authority_id, letter__reason=run.reason, letter__created_at__gte=since,
    ).exclude(letter__run=run).values_list("person_id", flat=True))


def _write_letter(run: MailRun, household: Household, code: str,
                  pathways: dict) -> Letter:
    today = timezone.localdate()
    valid_until = today + timedelta(days=CODE_VALID_DAYS)
    addressee, address = household.members[0], household.address
    authority_name = run.authority.name
    values = values_for(household.members, pathways, run.desk, code, valid_until, today,
                        authority_name)
    draft = compose(run.template_version, household.members, address.lines, address.language,
                    values, authority_name)
    with transaction.atomic():
        booking = BookingCode.unscoped.create(authority_id=run.authority_id, desk=run.desk,
                                              code=code, person=addressee, valid_until=valid_until)
        letter = Letter.unscoped.create(
            authority_id=run.authority_id, run=run, addressee=addressee, reason=run.reason,
            template_version=run.template_version, booking_code=booking, subject=draft.subject,
            html=draft.html, language=draft.language,
            address="\n".join([*(p.full_name for p in household.members), *address.lines]))
        LetterMember.unscoped.bulk_create([
            LetterMember(authority_id=run.authority_id, letter=letter, person=p)
            for p in household.members])
        record(run.created_by, AuditAction.CREATE, person=addressee,
               target=gettext_lazy("Anschreiben"),
               detail={"record": "letter", "id": letter.pk, "run": run.pk,
                       "members": [p.pk for p in household.members],
                       "template_version": run.template_version.number})
    return letter


def _set(run: MailRun, **values) -> None:
    for name, value in values.items():
        setattr(run, name, value)
    MailRun.unscoped.filter(pk=run.pk).update(**values)


# --- dispatch ------------------------------------------------------------------------------

def check_dispatch(day: date | None, channel: str) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if day is None:
        errors["day"] = [_("Bitte das Datum des Versands angeben.")]
    elif day > timezone.localdate():
        errors["day"] = [_("Der Versand kann nicht in der Zukunft liegen.")]
    if channel not in DispatchChannel.values:
        errors["channel"] = [_("Bitte einen Versandweg wählen.")]
    return errors


def mark_dispatched(user, run: MailRun, *, day: date | None, channel: str,
                    request=None) -> int:
    """Record the dispatch of every letter of the run not recorded yet; returns their number."""
    errors = check_dispatch(day, channel)
    if run.status != MailRunStatus.DONE:
        errors.setdefault("__all__", []).append(_("Der Serienbrief ist noch nicht fertig."))
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        letters = list(Letter.unscoped.filter(run=run, dispatched_on__isnull=True))
        for letter in letters:
            letter.dispatched_on, letter.dispatch_channel = day, channel
            letter.dispatch_address = letter.address
            letter.version += 1
        Letter.unscoped.bulk_update(letters, ["dispatched_on", "dispatch_channel",
                                              "dispatch_address", "version"])
        MailRun.unscoped.filter(pk=run.pk).update(dispatched_on=day)
        record(user, AuditAction.CHANGE, request=request, target=gettext_lazy("Serienbrief versandt"),
               detail={"record": "mailrun", "id": run.pk, "day": str(day), "channel": channel,
                       "letters": len(letters)})
    return len(letters)


def save_dispatch(user, letter: Letter, *, day: date | None, channel: str, address: str,
                  expected_version: int | None, request=None) -> Letter:
    """Correct the proof of dispatch of one letter; ValidationError or conflict write nothing."""
    address = (address or "").replace("\r\n", "\n").strip()
    errors = check_dispatch(day, channel)
    if not address:
        errors["address"] = [_("Bitte die verwendete Anschrift oder E-Mail-Adresse angeben.")]
    elif len(address) > ADDRESS_MAX:
        errors["address"] = [_("Höchstens %(max)s Zeichen.") % {"max": ADDRESS_MAX}]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        claim_version(Letter.unscoped, letter, expected_version, LetterConflict,
                      dispatched_on=day, dispatch_channel=channel, dispatch_address=address)
        record(user, AuditAction.CHANGE, person=letter.addressee, request=request,
               target=gettext_lazy("Versand eines Anschreibens"),
               detail={"record": "letter", "id": letter.pk, "day": str(day), "channel": channel})
    return letter
