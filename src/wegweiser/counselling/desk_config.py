"""The one door for a desk's configuration: settings, opening hours, closed days, topics.

Every function validates first (ValidationError with German messages; nothing is written then),
claims the version the caller read (optimistic locking, web.versioning), saves (the models keep
a django-simple-history copy), writes the audit log and brings the calendar in line
(slots.sync_slots). An appointment whose slot the new configuration no longer holds is never
dropped: it is returned, and `orphaned_appointments` keeps listing it until staff rearrange it.
"""

from __future__ import annotations

from datetime import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .models import Appointment, AppointmentStatus, ClosedDay, Desk, OpeningHours, Slot, Topic
from .slots import at, sync_slots, wanted_slots

__all__ = ["ConflictError", "delete_closed_day", "delete_opening_hours", "orphaned_appointments",
           "save_closed_day", "save_desk", "save_opening_hours", "save_topic"]

# Settings that must be at least 1 (0 would make the calendar or the rules meaningless).
POSITIVE_SETTINGS = ("unit_minutes", "horizon_days", "hold_minutes", "max_open_bookings",
                     "retention_days", "call_count_max")
MIN_UNIT, MAX_UNIT = 5, 240
ACTIVE = (AppointmentStatus.HELD, AppointmentStatus.CONFIRMED)


# --- the desk's settings -------------------------------------------------------------------

def save_desk(user, desk: Desk, expected_version: int | None, request=None) -> list[Appointment]:
    problems = _desk_problems(desk)
    if problems:
        raise ValidationError(problems)
    creating = desk.pk is None
    with transaction.atomic():
        if not creating:
            claim_version(Desk.unscoped, desk, expected_version)
        desk.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, desk, "desk",
               desk.pk, request)
        return sync_slots(desk)


def _desk_problems(desk: Desk) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    if not (desk.name or "").strip():
        problems["name"] = [_("Bitte einen Namen angeben.")]
    if not desk.slug:
        problems["slug"] = [_("Bitte einen Kurznamen für die Adresse angeben.")]
    elif Desk.unscoped.filter(slug=desk.slug).exclude(pk=desk.pk).exists():
        # Unique across authorities: the public booking pages address desks by it.
        problems["slug"] = [_("Dieser Kurzname ist schon vergeben; bitte einen anderen wählen.")]
    for name in POSITIVE_SETTINGS:
        value = getattr(desk, name)
        if value is None or value < 1:
            problems[name] = [_("Bitte eine Zahl ab 1 angeben.")]
    if "unit_minutes" not in problems and not MIN_UNIT <= desk.unit_minutes <= MAX_UNIT:
        problems["unit_minutes"] = [_("Ein Zeitfenster dauert zwischen 5 und 240 Minuten.")]
    if desk.emergency_slots_per_day is None or desk.emergency_slots_per_day < 0:
        problems["emergency_slots_per_day"] = [_("Bitte 0 oder eine positive Zahl angeben.")]
    if desk.release_time is None:
        problems["release_time"] = [_("Bitte eine Uhrzeit angeben.")]
    return problems


# --- opening hours -------------------------------------------------------------------------

def save_opening_hours(user, block: OpeningHours, expected_version: int | None,
                       request=None) -> list[Appointment]:
    problems = _hours_problems(block)
    if problems:
        raise ValidationError(problems)
    creating = block.pk is None
    with transaction.atomic():
        if not creating:
            claim_version(OpeningHours.unscoped, block, expected_version)
        block.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, block.desk,
               "opening_hours", block.pk, request)
        return sync_slots(block.desk)


def delete_opening_hours(user, block: OpeningHours, expected_version: int | None,
                         request=None) -> list[Appointment]:
    desk, pk = block.desk, block.pk
    with transaction.atomic():
        claim_version(OpeningHours.unscoped, block, expected_version)
        block.delete()
        _audit(user, AuditAction.DELETE, desk, "opening_hours", pk, request)
        return sync_slots(desk)


def _hours_problems(block: OpeningHours) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    if block.starts is None or block.ends is None:
        problems["starts"] = [_("Bitte Beginn und Ende angeben.")]
        return problems
    if block.ends <= block.starts:
        problems["ends"] = [_("Das Ende muss nach dem Beginn liegen.")]
    elif _minutes(block.ends) - _minutes(block.starts) < block.desk.unit_minutes:
        problems["ends"] = [_("Der Block ist kürzer als ein Zeitfenster (%(minutes)d Minuten).")
                            % {"minutes": block.desk.unit_minutes}]
    if block.counsellors is None or block.counsellors < 1:
        problems["counsellors"] = [_("Bitte mindestens eine Beraterin oder einen Berater angeben.")]
    overlapping = OpeningHours.unscoped.filter(
        desk_id=block.desk_id, weekday=block.weekday, starts__lt=block.ends,
        ends__gt=block.starts).exclude(pk=block.pk).first()
    if overlapping is not None and "ends" not in problems:
        problems["starts"] = [_("Überschneidet sich mit der Öffnungszeit %(start)s–%(end)s Uhr am "
                                "selben Wochentag.") % {
            "start": overlapping.starts.strftime("%H:%M"),
            "end": overlapping.ends.strftime("%H:%M")}]
    return problems


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


# --- closed days ---------------------------------------------------------------------------

def save_closed_day(user, closed: ClosedDay, request=None) -> list[Appointment]:
    problems: dict[str, list[str]] = {}
    if closed.day is None:
        problems["day"] = [_("Bitte einen Tag angeben.")]
    elif closed.day < timezone.localdate():
        problems["day"] = [_("Der Tag liegt in der Vergangenheit.")]
    elif ClosedDay.unscoped.filter(desk_id=closed.desk_id, day=closed.day).exclude(
            pk=closed.pk).exists():
        problems["day"] = [_("Dieser Tag ist schon als Schließtag eingetragen.")]
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        closed.save()
        _audit(user, AuditAction.CREATE, closed.desk, "closed_day", closed.pk, request)
        return sync_slots(closed.desk)


def delete_closed_day(user, closed: ClosedDay, request=None) -> list[Appointment]:
    desk, pk = closed.desk, closed.pk
    with transaction.atomic():
        closed.delete()
        _audit(user, AuditAction.DELETE, desk, "closed_day", pk, request)
        return sync_slots(desk)


# --- topics --------------------------------------------------------------------------------

def save_topic(user, topic: Topic, expected_version: int | None, request=None) -> Topic:
    problems: dict[str, list[str]] = {}
    if not (topic.name or "").strip():
        problems["name"] = [_("Bitte eine Bezeichnung angeben.")]
    if not topic.key:
        problems["key"] = [_("Bitte einen Schlüssel angeben.")]
    elif Topic.unscoped.filter(desk_id=topic.desk_id, key=topic.key).exclude(pk=topic.pk).exists():
        problems["key"] = [_("Diesen Schlüssel hat schon ein anderes Anliegen dieser Stelle.")]
    if topic.units is None or topic.units < 1:
        problems["units"] = [_("Bitte eine Zahl ab 1 angeben.")]
    problems.update(_translation_problems(topic.translations))
    if problems:
        raise ValidationError(problems)
    creating = topic.pk is None
    with transaction.atomic():
        if not creating:
            claim_version(Topic.unscoped, topic, expected_version)
        topic.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, topic.desk, "topic",
               topic.pk, request)
    return topic


def topic_languages() -> list[str]:
    """The public languages besides German, in which a topic's name may be typed in."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


MAX_TOPIC_NAME = 200


def _translation_problems(translations) -> dict[str, list[str]]:
    """Problems keyed `translation_<code>` (the form's field of that language)."""
    if not isinstance(translations, dict):
        return {"translations": [_("Die Übersetzungen sind nicht lesbar.")]}
    known = topic_languages()
    unknown = sorted(str(code) for code in translations if code not in known)
    if unknown:
        return {"translations": [_("Unbekannte Sprache: %(codes)s.") % {
            "codes": ", ".join(unknown)}]}
    problems: dict[str, list[str]] = {}
    for code, name in translations.items():
        if not isinstance(name, str) or not name.strip():
            problems[f"translation_{code}"] = [_("Bitte eine Bezeichnung angeben oder das Feld "
                                                 "ganz leeren.")]
        elif len(name) > MAX_TOPIC_NAME:
            problems[f"translation_{code}"] = [_("Höchstens %(max)d Zeichen.") % {
                "max": MAX_TOPIC_NAME}]
    return problems


# --- appointments without a slot -------------------------------------------------------------

def orphaned_appointments(desk: Desk) -> list[Appointment]:
    """Open appointments from today on that lie (partly) outside the current opening hours,
    closed days or seats: read-only, so the list stays until staff have rearranged them."""
    today = timezone.localdate()
    claimed = list(Slot.objects.filter(
        desk=desk, starts_at__gte=at(today, time.min), claim__isnull=False,
        claim__appointment__status__in=ACTIVE).values_list(
        "starts_at", "seat", "claim__appointment_id"))
    if not claimed:
        return []
    last = timezone.localtime(max(starts_at for starts_at, _seat, _pk in claimed)).date()
    wanted = {(w.starts_at, w.seat) for w in wanted_slots(desk, today, last)}
    lost = {pk for starts_at, seat, pk in claimed if (starts_at, seat) not in wanted}
    return list(Appointment.objects.filter(pk__in=lost).select_related("topic"))


def _audit(user, action: str, desk: Desk, kind: str, pk: int | None, request) -> None:
    record(user, action, target=gettext_lazy("Beratungsstelle"), request=request,
           authority_id=desk.authority_id, detail={"record": kind, "id": pk, "desk": desk.pk})
