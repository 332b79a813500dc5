"""The one door for every change to a case file.

Each function validates, writes (with optimistic locking) and writes the audit log.
Views never save case models directly.
"""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from . import derived
from .models import Decision, FamilyLink, FollowUp, Person, StatusPeriod
from .models.person import FamilyRelation
from .validation import (
    PeriodLike,
    duplicate_file_number_message,
    period_problems,
    record_problems,
)

__all__ = ["ConflictError", "delete_record", "save_record", "view_case"]


def view_case(user, person: Person, request=None, part: str = "overview") -> None:
    record(user, AuditAction.VIEW, person=person, detail={"part": part}, request=request)


def save_record(user, instance, expected_version: int | None, request=None):
    """Create or update one case record; refuse the save if a newer version exists.

    A rule violation raises ValidationError ({field: messages}); nothing is written then.
    """
    try:
        return _save_record(user, instance, expected_version, request)
    except IntegrityError:
        # Two saves of the same new file number at once: the check below passed for both,
        # the database let one win. The other gets the same message as a sequential save.
        if isinstance(instance, Person) and _file_number_taken(instance):
            raise ValidationError(
                {"file_number": duplicate_file_number_message(instance.file_number)}) from None
        raise


def _save_record(user, instance, expected_version: int | None, request):
    creating = instance.pk is None
    person = instance if isinstance(instance, Person) else instance.person
    with transaction.atomic():
        refuse_if_closed(instance, person)
        if isinstance(instance, StatusPeriod):
            _check_period(instance)
        check_rules(instance)
        if not creating:
            _claim_version(instance, expected_version)
        instance.save()
        if isinstance(instance, StatusPeriod):
            refresh_derived(person)
        record(
            user,
            AuditAction.CREATE if creating else AuditAction.CHANGE,
            person=person,
            detail={"record": instance._meta.model_name, "id": instance.pk},
            request=request,
        )
    return instance


def delete_record(user, instance, expected_version: int | None, request=None) -> None:
    person = instance.person
    with transaction.atomic():
        refuse_if_closed(instance, person)
        _claim_version(instance, expected_version)
        model_name, pk = instance._meta.model_name, instance.pk
        instance.delete()
        if model_name == "statusperiod":
            refresh_derived(person)
        record(
            user,
            AuditAction.DELETE,
            person=person,
            detail={"record": model_name, "id": pk},
            request=request,
        )


def delete_family_link(user, link: FamilyLink, expected_version: int | None,
                       request=None) -> None:
    """Unlink two relatives; a spouse link stored in both directions goes in both."""
    with transaction.atomic():
        delete_record(user, link, expected_version, request)
        if link.relation == FamilyRelation.SPOUSE:
            mirrors = FamilyLink.unscoped.filter(person_id=link.relative_id,
                                                 relative_id=link.person_id, relation=link.relation)
            for mirror in mirrors:
                delete_record(user, mirror, mirror.version, request)


# A closed file still takes follow-ups (e.g. when the file is due for destruction) and the
# four-eyes requests about it; everything else waits until the file is reopened.
OPEN_TO_CLOSED_FILES = ("followup", "approvalrequest")


def refuse_if_closed(instance, person: Person) -> None:
    """A closed file takes no new or changed entries until it is reopened (reopen_file)."""
    if person.pk is None or instance._meta.model_name in OPEN_TO_CLOSED_FILES:
        return
    if getattr(instance, "reopening", False):  # set only by decisions.reopen_file
        return
    closed_on = Person.unscoped.filter(pk=person.pk).values_list("closed_on", flat=True).first()
    if closed_on is not None:
        raise ValidationError(_(
            "Die Akte ist seit dem %(day)s abgeschlossen. Änderungen sind erst möglich, wenn die "
            "Abteilungsleitung sie wieder öffnet.") % {"day": f"{closed_on:%d.%m.%Y}"})


def _claim_version(instance, expected_version: int | None) -> None:
    claim_version(type(instance).unscoped, instance, expected_version)


def _check_period(period: StatusPeriod) -> None:
    others = StatusPeriod.unscoped.filter(person_id=period.person_id).exclude(pk=period.pk)
    problems = period_problems(
        PeriodLike(period.start, period.end, period.pk),
        [PeriodLike(o.start, o.end, o.pk) for o in others],
        timezone.localdate(),
    )
    if problems:
        raise ValidationError(problems)


def check_rules(instance) -> None:
    """The record's rules (cases.validation), and a file number unique in the authority."""
    values = {field.name: getattr(instance, field.attname)
              for field in instance._meta.concrete_fields}
    values.update(related_rule_values(instance))
    problems = record_problems(instance._meta.model_name, values, timezone.localdate())
    if isinstance(instance, Person) and _file_number_taken(instance):
        problems.append(("file_number", duplicate_file_number_message(instance.file_number)))
    if problems:
        errors: dict[str, list[str]] = {}
        for field, message in problems:
            errors.setdefault(field, []).append(message)
        raise ValidationError(errors)


def related_rule_values(instance) -> dict:
    """Values of other rows a record's rules compare with: for a decision, the day its
    application came in and the applied guideline version's state and validity."""
    if not isinstance(instance, Decision):
        return {}
    values: dict[str, Any] = {"received_on": instance.application.received_on}
    version = instance.guideline_version
    if version is not None:
        values.update(guideline_state=version.state, guideline_valid_from=version.valid_from,
                      guideline_valid_to=version.valid_to)
    return values


def _file_number_taken(person: Person) -> bool:
    others = Person.unscoped.filter(authority_id=person.authority_id,
                                    file_number=person.file_number)
    return others.exclude(pk=person.pk).exists() if person.pk else others.exists()


def refresh_derived(person: Person, today: date | None = None) -> None:
    today = today or timezone.localdate()
    periods = list(StatusPeriod.unscoped.filter(person_id=person.pk))
    Person.unscoped.filter(pk=person.pk).update(
        current_status_kind=derived.current_status(periods, today),
        duldung_chain_since=derived.duldung_chain_since(periods, today),
    )


def complete_follow_up(user, follow_up: FollowUp, expected_version: int, request=None) -> None:
    follow_up.done = True
    follow_up.done_at = timezone.now()
    save_record(user, follow_up, expected_version, request)


def conflict_message() -> str:
    return _(ConflictError.message)
