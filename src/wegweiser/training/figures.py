"""Aggregate training figures for the team page and the later dashboard (reporting/).

Set-based: each figure is one query over the database, never a loop over rows. Loops run only
over the few requirements of a role, to build that one query.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.db.models.functions import Coalesce

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role

from .models import Attendance, AttendanceStatus, TopicRequirement, TrainingEvent

ZERO = Decimal("0")


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier); the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def staff(authority_id: int):
    return User.objects.filter(authority_id=authority_id, is_active=True)


def hours_per_staff_member(authority_id: int, start: date, end: date) -> dict[int, Decimal]:
    """Attended hours of every active staff member (user id → hours), 0 for none."""
    attended = Q(training_attendances__status=AttendanceStatus.ATTENDED,
                 training_attendances__event__held_on__range=(start, end))
    rows = staff(authority_id).annotate(
        hours=Coalesce(Sum("training_attendances__event__hours", filter=attended), ZERO))
    return dict(rows.values_list("pk", "hours"))


def anonymous_hours(authority_id: int, start: date, end: date) -> list[Decimal]:
    """The same hours without names or ids, largest first: what controlling may see."""
    return sorted(hours_per_staff_member(authority_id, start, end).values(), reverse=True)


def hours_per_topic(authority_id: int, start: date, end: date) -> list[tuple[str, Decimal]]:
    """Person-hours attended per topic (an event of 3 h with 4 participants counts 12 h)."""
    rows = (Attendance.objects.filter(authority_id=authority_id,
                                      status=AttendanceStatus.ATTENDED,
                                      event__held_on__range=(start, end))
            .values("event__topic__name").annotate(hours=Sum("event__hours"))
            .order_by("-hours", "event__topic__name"))
    return [(row["event__topic__name"], row["hours"]) for row in rows]


def events_by_kind(authority_id: int, start: date, end: date) -> dict[str, int]:
    rows = (TrainingEvent.objects.filter(authority_id=authority_id, held_on__range=(start, end))
            .values("kind").annotate(n=Count("pk")).order_by("kind"))
    return {row["kind"]: row["n"] for row in rows}


def valid_training(topic_id: int, months: int | None, on: date):
    """An attended training of the topic on or before `on` that still counts on that day."""
    rows = Attendance.objects.filter(user=OuterRef("pk"), status=AttendanceStatus.ATTENDED,
                                     event__topic_id=topic_id, event__held_on__lte=on)
    if months is not None:
        # Valid up to and including the same day `months` later.
        rows = rows.filter(event__held_on__gte=add_months(on, -months))
    return Exists(rows)


@dataclass(frozen=True)
class Coverage:
    complete: int
    total: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.complete / self.total) if self.total else None


def role_coverage(authority_id: int, on: date, role: str = Role.COUNSELLOR) -> Coverage:
    """How many active members of the role have every required topic valid on `on`."""
    members = staff(authority_id).filter(role=role)
    requirements = TopicRequirement.objects.filter(authority_id=authority_id, role=role)
    complete = members
    for requirement in requirements.values("topic_id", "validity_months"):
        complete = complete.filter(valid_training(requirement["topic_id"],
                                                  requirement["validity_months"], on))
    return Coverage(complete=complete.count(), total=members.count())
