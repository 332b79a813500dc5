"""The one door for every change to training data: topics, requirements, events, attendance,
languages and the year's plan.

Each function validates first (ValidationError with German messages; nothing is written then),
claims the version the caller read (optimistic locking, web.versioning), saves through the model
(django-simple-history keeps the history) and writes the audit log. Views never save these
models themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role, can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .models import (
    Attendance,
    AttendanceStatus,
    EventKind,
    LanguageLevel,
    LanguageSkill,
    PlannedTraining,
    TopicRequirement,
    TrainingEvent,
    TrainingTopic,
)
from .topics import DEFAULT_TOPICS

__all__ = ["ConflictError", "delete_language", "delete_plan", "delete_requirement",
           "record_attendance", "save_event", "save_language", "save_plan", "save_requirement",
           "save_topic", "seed_default_topics"]

MAX_HOURS = Decimal("200")
MAX_COST = Decimal("1000000")
MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
# Certificates arrive as PDF or as a photo/scan; the first bytes say what a file really is.
EVIDENCE_TYPES = {b"%PDF-": "application/pdf", b"\x89PNG\r\n\x1a\n": "image/png",
                  b"\xff\xd8\xff": "image/jpeg"}


# --- topics and requirements (configuration, no personal data) ---------------------------

def save_topic(user, topic: TrainingTopic, expected_version: int | None, request=None):
    topic.name = (topic.name or "").strip()
    problems = {}
    if not topic.name:
        problems["name"] = [_("Bitte einen Namen für das Thema angeben.")]
    elif len(topic.name) > 120:
        problems["name"] = [_("Der Name ist zu lang (höchstens 120 Zeichen).")]
    elif _taken(TrainingTopic, topic, name__iexact=topic.name):
        problems["name"] = [_("Dieses Thema gibt es schon.")]
    return _write(user, topic, expected_version, problems, request,
                  {"record": "training_topic", "name": topic.name})


def seed_default_topics(user, request=None) -> int:
    """Add the default topics the authority does not have yet; returns how many were added."""
    have = {name.casefold() for name in TrainingTopic.unscoped.filter(
        authority_id=user.authority_id).values_list("name", flat=True)}
    missing = [str(name) for name in DEFAULT_TOPICS if str(name).casefold() not in have]
    with transaction.atomic():
        TrainingTopic.unscoped.bulk_create([
            TrainingTopic(authority_id=user.authority_id, name=name) for name in missing])
        record(user, AuditAction.CREATE, target="Fortbildungsthemen", request=request,
               detail={"record": "training_topic", "defaults": len(missing)})
    return len(missing)


def save_requirement(user, requirement: TopicRequirement, expected_version: int | None,
                     request=None):
    problems = {}
    if requirement.role not in Role.values:
        problems["role"] = [_("Bitte eine Rolle auswählen.")]
    if not _same_authority(requirement, "topic"):
        problems["topic"] = [_("Bitte ein Thema dieser Behörde auswählen.")]
    months = requirement.validity_months
    if months is not None and not 1 <= months <= 120:
        problems["validity_months"] = [_("Die Gültigkeit liegt zwischen 1 und 120 Monaten "
                                         "(leer: einmalig).")]
    if not problems and _taken(TopicRequirement, requirement, role=requirement.role,
                               topic_id=requirement.topic_id):
        problems["topic"] = [_("Für diese Rolle ist das Thema schon vorgesehen.")]
    return _write(user, requirement, expected_version, problems, request,
                  {"record": "training_requirement", "role": requirement.role,
                   "topic": requirement.topic_id})


def delete_requirement(user, requirement: TopicRequirement, expected_version: int | None,
                       request=None) -> None:
    _delete(user, requirement, expected_version, request, {"record": "training_requirement"})


# --- events and attendance -----------------------------------------------------------------

def save_event(user, event: TrainingEvent, expected_version: int | None,
               participants: Iterable[User], evidence=None, request=None) -> TrainingEvent:
    """Create or change an event and its participants; an uploaded file replaces the evidence."""
    participants = list(participants)
    problems = _event_problems(event, participants)
    content = _evidence_content(evidence, problems)
    with transaction.atomic():
        _write(user, event, expected_version, problems, request,
               {"record": "training_event", "title": event.title})
        if content is not None:
            TrainingEvent.unscoped.filter(pk=event.pk).update(
                evidence_file=content[0], evidence_type=content[1],
                evidence_name=(evidence.name or "nachweis")[:200])
        _set_participants(event, participants)
    return event


def _event_problems(event: TrainingEvent, participants: list[User]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    event.title = (event.title or "").strip()
    if not event.title:
        problems["title"] = [_("Bitte einen Titel angeben.")]
    if event.kind not in EventKind.values:
        problems["kind"] = [_("Bitte die Art der Fortbildung auswählen.")]
    if not _same_authority(event, "topic"):
        problems["topic"] = [_("Bitte ein Thema dieser Behörde auswählen.")]
    if event.held_on is None:
        problems["held_on"] = [_("Bitte das Datum angeben.")]
    if event.hours is None or not Decimal("0") < event.hours <= MAX_HOURS:
        problems["hours"] = [_("Die Stunden liegen über 0 und höchstens bei 200.")]
    if event.cost is None or not Decimal("0") <= event.cost < MAX_COST:
        problems["cost"] = [_("Die Kosten sind ein Betrag ab 0 Euro (leer: 0).")]
    if any(p.authority_id != event.authority_id or not p.is_active for p in participants):
        problems["participants"] = [_("Teilnehmen können aktive Beschäftigte dieser Behörde.")]
    return problems


def _evidence_content(upload, problems: dict) -> tuple[bytes, str] | None:
    if upload is None:
        return None
    if upload.size > MAX_EVIDENCE_BYTES:
        problems["evidence_upload"] = [_("Die Datei ist zu groß (höchstens 5 MB).")]
        return None
    content = upload.read()
    kind = next((mime for magic, mime in EVIDENCE_TYPES.items() if content.startswith(magic)),
                None)
    if kind is None:
        problems["evidence_upload"] = [_("Als Nachweis gehen PDF, PNG oder JPEG.")]
        return None
    return content, kind


def _set_participants(event: TrainingEvent, participants: list[User]) -> None:
    """Keep the attendance of those who stay; add the new, remove the others."""
    wanted = {p.pk for p in participants}
    Attendance.unscoped.filter(event=event).exclude(user_id__in=wanted).delete()
    present = set(Attendance.unscoped.filter(event=event).values_list("user_id", flat=True))
    for user_id in sorted(wanted - present):
        # One by one so that django-simple-history records each new attendance.
        Attendance.unscoped.create(authority_id=event.authority_id, event=event, user_id=user_id)


def record_attendance(user, event: TrainingEvent, expected_version: int | None,
                      statuses: Mapping[int, str], request=None) -> None:
    """Set attended / excused / absent for the event's participants (by user id)."""
    rows = {a.user_id: a for a in Attendance.unscoped.filter(event=event)}
    problems = []
    if set(statuses) - set(rows):
        problems.append(_("Nur angemeldete Teilnehmende können erfasst werden."))
    if any(status not in AttendanceStatus.values for status in statuses.values()):
        problems.append(_("Unbekannter Stand der Teilnahme."))
    if event.held_on > timezone.localdate() and any(statuses.values()):
        problems.append(_("Die Teilnahme wird erst ab dem Tag der Fortbildung erfasst."))
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        claim_version(TrainingEvent.unscoped, event, expected_version)
        for user_id, status in statuses.items():
            attendance = rows[user_id]
            if attendance.status != status:
                attendance.status = status
                attendance.version += 1
                attendance.save()
        _audit(user, AuditAction.CHANGE, event, request,
               {"record": "training_attendance", "event": event.pk})


# --- languages and the plan ----------------------------------------------------------------

def save_language(user, skill: LanguageSkill, expected_version: int | None, request=None):
    _refuse_unless_own_or_head(user, skill.user_id)
    skill.language = (skill.language or "").strip()
    problems = {}
    if not skill.language or len(skill.language) > 60:
        problems["language"] = [_("Bitte die Sprache angeben (höchstens 60 Zeichen).")]
    elif _taken(LanguageSkill, skill, user_id=skill.user_id, language__iexact=skill.language):
        problems["language"] = [_("Diese Sprache ist schon eingetragen.")]
    if skill.level not in LanguageLevel.values:
        problems["level"] = [_("Bitte ein Niveau von A1 bis C2 oder Muttersprache auswählen.")]
    if not _same_authority(skill, "user"):
        problems["user"] = [_("Diese Person gehört nicht zu dieser Behörde.")]
    return _write(user, skill, expected_version, problems, request,
                  {"record": "training_language", "user": skill.user_id})


def delete_language(user, skill: LanguageSkill, expected_version: int | None,
                    request=None) -> None:
    _refuse_unless_own_or_head(user, skill.user_id)
    _delete(user, skill, expected_version, request,
            {"record": "training_language", "user": skill.user_id})


def save_plan(user, plan: PlannedTraining, expected_version: int | None, request=None):
    problems = {}
    if not _same_authority(plan, "user"):
        problems["user"] = [_("Bitte eine Person dieser Behörde auswählen.")]
    if not _same_authority(plan, "topic"):
        problems["topic"] = [_("Bitte ein Thema dieser Behörde auswählen.")]
    if plan.year is None or not 2000 <= plan.year <= 2100:
        problems["year"] = [_("Bitte ein Jahr zwischen 2000 und 2100 angeben.")]
    if len(plan.note or "") > 200:
        problems["note"] = [_("Die Bemerkung ist zu lang (höchstens 200 Zeichen).")]
    if not problems and _taken(PlannedTraining, plan, user_id=plan.user_id,
                               topic_id=plan.topic_id, year=plan.year):
        problems["topic"] = [_("Dieses Thema ist für diese Person im Jahr schon geplant.")]
    return _write(user, plan, expected_version, problems, request,
                  {"record": "training_plan", "user": plan.user_id, "year": plan.year})


def delete_plan(user, plan: PlannedTraining, expected_version: int | None, request=None) -> None:
    _delete(user, plan, expected_version, request, {"record": "training_plan"})


def _refuse_unless_own_or_head(user, member_id: int | None) -> None:
    """Languages are kept by the person and by the head of department, nobody else."""
    if member_id != user.pk and not can(user, "training.manage"):
        raise PermissionDenied


# --- shared steps ------------------------------------------------------------------------------

def _write(user, instance, expected_version, problems, request, detail):
    if instance.authority_id != user.authority_id:
        problems = {**problems, "__all__": [_("Dieser Eintrag gehört nicht zu Ihrer Behörde.")]}
    if problems:
        raise ValidationError(problems)
    creating = instance.pk is None
    try:
        with transaction.atomic():
            if not creating:
                claim_version(type(instance).unscoped, instance, expected_version)
            instance.save()
            _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, instance,
                   request, detail)
    except IntegrityError:  # the same entry saved twice at once: the database let one win
        if creating:
            instance.pk = None
        raise ValidationError(_("Diesen Eintrag gibt es schon.")) from None
    return instance


def _delete(user, instance, expected_version, request, detail) -> None:
    with transaction.atomic():
        claim_version(type(instance).unscoped, instance, expected_version)
        _audit(user, AuditAction.DELETE, instance, request, {**detail, "id": instance.pk})
        instance.delete()


def _audit(user, action, instance, request, detail) -> None:
    record(user, action, target=f"Fortbildung: {instance._meta.model_name} {instance.pk}",
           request=request, authority_id=instance.authority_id,
           detail={**detail, "id": instance.pk})


def _taken(model: type[models.Model], instance, **lookup) -> bool:
    rows = model.unscoped.filter(authority_id=instance.authority_id, **lookup)  # type: ignore[attr-defined]
    return rows.exclude(pk=instance.pk).exists() if instance.pk else rows.exists()


def _same_authority(instance, field: str) -> bool:
    related_id = getattr(instance, f"{field}_id", None)
    if related_id is None:
        return False
    return getattr(instance, field).authority_id == instance.authority_id
