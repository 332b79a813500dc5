"""The one door of meetings, agreed actions and concerns: validate, claim the version read,
save, audit. A rule violation raises ValidationError with German messages; nothing is written.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .models import (
    OPEN_STATES,
    ActionStatus,
    AgreedAction,
    Concern,
    Meeting,
    MeetingFormat,
    MeetingSeries,
    MeetingStatus,
)

__all__ = ["ConflictError", "delete_meeting", "deletion_summary", "open_actions", "plan_next",
           "save_action", "save_concern", "save_meeting", "save_series"]

RHYTHM_MAX = 24


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def save_series(user, series: MeetingSeries, expected_version: int | None,
                request=None) -> MeetingSeries:
    series.title = (series.title or "").strip()
    problems: dict[str, list[str]] = {}
    if not series.title:
        problems["title"] = [_("Bitte eine Bezeichnung angeben.")]
    if series.format not in MeetingFormat.values:
        problems["format"] = [_("Bitte das Format wählen.")]
    if not series.rhythm_months or not 1 <= series.rhythm_months <= RHYTHM_MAX:
        problems["rhythm_months"] = [_("Bitte einen Rhythmus zwischen 1 und %(max)s Monaten "
                                       "angeben.") % {"max": RHYTHM_MAX}]
    if problems:
        raise ValidationError(problems)
    return _save(user, series, expected_version, request, "meetingseries")


def save_meeting(user, meeting: Meeting, expected_version: int | None, *,
                 organisations=(), contacts=(), staff=(), request=None) -> Meeting:
    """Save a meeting and its participants (all of the meeting's authority)."""
    meeting.title = (meeting.title or "").strip()
    authority_id = meeting.authority_id
    problems: dict[str, list[str]] = {}
    if not meeting.title:
        problems["title"] = [_("Bitte einen Titel angeben.")]
    if meeting.format not in MeetingFormat.values:
        problems["format"] = [_("Bitte das Format wählen.")]
    if not meeting.date:
        problems["date"] = [_("Bitte das Datum angeben.")]
    if meeting.status not in MeetingStatus.values:
        problems["status"] = [_("Bitte den Stand wählen.")]
    series = meeting.series if meeting.series_id else None
    if series is not None and series.authority_id != authority_id:
        problems["series"] = [_("Diese Terminreihe gibt es nicht.")]
    if any(o.authority_id != authority_id for o in organisations):
        problems["organisations"] = [_("Diese Partnerorganisation gibt es nicht.")]
    if any(c.authority_id != authority_id for c in contacts):
        problems["contacts"] = [_("Diese Ansprechperson gibt es nicht.")]
    if any(u.authority_id != authority_id for u in staff):
        problems["staff"] = [_("Diese Mitarbeiterin oder diesen Mitarbeiter gibt es nicht.")]
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        _save(user, meeting, expected_version, request, "meeting")
        meeting.organisations.set(organisations)
        meeting.contacts.set(contacts)
        meeting.staff.set(staff)
    return meeting


def plan_next(user, series: MeetingSeries, request=None) -> Meeting:
    """The next meeting of a series, one rhythm after its latest meeting (or today)."""
    latest = series.meetings.order_by("-date").first()
    start = latest.date if latest else date.today()
    meeting = Meeting(authority_id=series.authority_id, series=series, format=series.format,
                      title=series.title, date=add_months(start, series.rhythm_months),
                      status=MeetingStatus.PLANNED)
    participants: dict[str, Any] = {}
    if latest is not None:  # the same circle is invited again
        participants = {"organisations": list(latest.organisations.all()),
                        "contacts": list(latest.contacts.all()),
                        "staff": list(latest.staff.all())}
    return save_meeting(user, meeting, None, request=request, **participants)


def save_action(user, action: AgreedAction, expected_version: int | None,
                request=None) -> AgreedAction:
    action.text = (action.text or "").strip()
    authority_id = action.authority_id
    problems: dict[str, list[str]] = {}
    if not action.text:
        problems["text"] = [_("Bitte die Vereinbarung beschreiben.")]
    owner_user, organisation, contact = (action.owner_user, action.owner_organisation,
                                         action.owner_contact)
    if (owner_user is None) == (organisation is None):
        problems["owner_user"] = [_("Bitte genau eine zuständige Stelle angeben: eine "
                                    "Mitarbeiterin / einen Mitarbeiter oder eine "
                                    "Partnerorganisation.")]
    elif owner_user is not None and owner_user.authority_id != authority_id:
        problems["owner_user"] = [_("Diese Mitarbeiterin oder diesen Mitarbeiter gibt es nicht.")]
    if organisation is not None and organisation.authority_id != authority_id:
        problems["owner_organisation"] = [_("Diese Partnerorganisation gibt es nicht.")]
    if contact is not None and contact.organisation_id != action.owner_organisation_id:
        problems["owner_contact"] = [_("Die Ansprechperson gehört nicht zur gewählten "
                                       "Partnerorganisation.")]
    if action.status not in ActionStatus.values:
        problems["status"] = [_("Bitte den Stand wählen.")]
    if action.status in (ActionStatus.DONE, ActionStatus.DROPPED) and not action.outcome.strip():
        problems["outcome"] = [_("Bitte das Ergebnis festhalten (auch warum verworfen).")]
    if action.meeting.authority_id != authority_id:
        problems["meeting"] = [_("Dieses Treffen gibt es nicht.")]
    if problems:
        raise ValidationError(problems)
    return _save(user, action, expected_version, request, "agreedaction")


def save_concern(user, concern: Concern, expected_version: int | None,
                 request=None) -> Concern:
    """Record or change a partner's concern; a change names the version it read."""
    concern.text = (concern.text or "").strip()
    authority_id = concern.authority_id
    problems: dict[str, list[str]] = {}
    if not concern.text:
        problems["text"] = [_("Bitte den Hinweis beschreiben.")]
    if not concern.organisation_id or concern.organisation.authority_id != authority_id:
        problems["organisation"] = [_("Bitte die Partnerorganisation wählen, die den Hinweis "
                                      "gegeben hat.")]
    guideline, constellation = concern.guideline, concern.constellation
    if guideline is not None and guideline.authority_id != authority_id:
        problems["guideline"] = [_("Diese Leitlinie gibt es nicht.")]
    if constellation is not None and constellation.authority_id != authority_id:
        problems["constellation"] = [_("Diese Fallkonstellation gibt es nicht.")]
    if concern.meeting.authority_id != authority_id:
        problems["meeting"] = [_("Dieses Treffen gibt es nicht.")]
    if problems:
        raise ValidationError(problems)
    return _save(user, concern, expected_version, request, "concern")


@dataclass(frozen=True)
class DeletionSummary:
    """What deleting a meeting takes with it, and what keeps it."""

    actions: int
    open_actions: int
    concerns: int


def deletion_summary(meeting: Meeting) -> DeletionSummary:
    actions = AgreedAction.unscoped.filter(meeting=meeting).aggregate(
        all=Count("pk"), open=Count("pk", filter=Q(status__in=OPEN_STATES)))
    return DeletionSummary(actions=actions["all"], open_actions=actions["open"],
                           concerns=Concern.unscoped.filter(meeting=meeting).count())


def delete_meeting(user, meeting: Meeting, expected_version: int | None,
                   request=None) -> DeletionSummary:
    """Delete a meeting with its settled actions (done or dropped) and its concerns.

    A meeting with open or in-progress actions is refused: those are commitments someone still
    works on; they are closed first (done or dropped, with an outcome). The history of the
    meeting, its actions and concerns keeps the deleted rows; the audit log counts them
    (decision 0017)."""
    with transaction.atomic():
        summary = deletion_summary(meeting)
        if summary.open_actions:
            raise ValidationError(ngettext(
                "Das Treffen hat noch %(n)s offene Vereinbarung. Bitte sie zuerst erledigen "
                "oder verwerfen (mit Ergebnis); dann kann das Treffen gelöscht werden.",
                "Das Treffen hat noch %(n)s offene Vereinbarungen. Bitte sie zuerst erledigen "
                "oder verwerfen (mit Ergebnis); dann kann das Treffen gelöscht werden.",
                summary.open_actions) % {"n": summary.open_actions})
        claim_version(Meeting.unscoped, meeting, expected_version)
        pk, authority_id = meeting.pk, meeting.authority_id
        meeting.delete()
        record(user, AuditAction.DELETE, target=f"Dialog meeting {pk}", request=request,
               authority_id=authority_id,
               detail={"record": "meeting", "id": pk, "actions": summary.actions,
                       "concerns": summary.concerns})
    return summary


def open_actions(*, today: date, overdue: bool = False, owner: str = "",
                 meeting_format: str = "") -> QuerySet[AgreedAction]:
    """Open and in-progress actions across meetings; owner is "user:<pk>" or "org:<pk>"."""
    rows = AgreedAction.objects.filter(status__in=OPEN_STATES).select_related(
        "meeting", "owner_user", "owner_organisation", "owner_contact")
    if overdue:
        rows = rows.filter(due__lt=today)
    kind, _sep, pk = owner.partition(":")
    if pk.isdigit():
        rows = rows.filter(**{"owner_user_id" if kind == "user" else "owner_organisation_id":
                              int(pk)})
    if meeting_format:
        rows = rows.filter(meeting__format=meeting_format)
    return rows.order_by("due", "pk")


def my_open_actions(user) -> QuerySet[AgreedAction]:
    """The staff user's own open dialogue actions (shown under "Meine Arbeit")."""
    return AgreedAction.objects.filter(owner_user=user, status__in=OPEN_STATES).select_related(
        "meeting").order_by("due", "pk")


def staff_of(authority_id: int):
    return get_user_model().objects.filter(authority_id=authority_id, is_active=True).order_by(
        "last_name", "first_name", "username")


def _save(user, row, expected_version, request, kind: str):
    creating = row.pk is None
    with transaction.atomic():
        if not creating:
            claim_version(type(row).unscoped, row, expected_version)
        row.save()
        record(user, AuditAction.CREATE if creating else AuditAction.CHANGE,
               target=f"Dialog {kind} {row.pk}", request=request,
               authority_id=row.authority_id, detail={"record": kind, "id": row.pk})
    return row
