"""A caseworker's own work: follow-ups due and the persons assigned to them (start page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Q

from .models import FollowUp, Person

DUE_SOON_DAYS = 7
SHOWN = 10


@dataclass(frozen=True)
class FollowUpsDue:
    overdue: int
    due_soon: int  # today and the next DUE_SOON_DAYS days
    open: int
    items: list[FollowUp]  # overdue and due soon, earliest first, at most SHOWN


def follow_ups_due(user, today: date) -> FollowUpsDue:
    """The user's open follow-ups: counts in one query, the first few with their persons."""
    mine = FollowUp.objects.filter(assignee=user, done=False)
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    counts = mine.aggregate(
        open=Count("pk"), overdue=Count("pk", filter=Q(due_date__lt=today)),
        due_soon=Count("pk", filter=Q(due_date__gte=today, due_date__lte=horizon)))
    items = (mine.filter(due_date__lte=horizon).select_related("person")
             .order_by("due_date", "pk")[:SHOWN])
    return FollowUpsDue(counts["overdue"], counts["due_soon"], counts["open"], list(items))


def assigned_count(user) -> int:
    return Person.objects.filter(assigned_to=user).count()
