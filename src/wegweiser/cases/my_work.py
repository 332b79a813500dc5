"""A caseworker's own work: follow-ups due, the persons assigned to them (start page) and the
matters they laid before a second person (four-eyes approvals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from .models import ApprovalRequest, FollowUp, Person
from .models.decision import ApprovalState

DUE_SOON_DAYS = 7
SHOWN = 10
# An approval stays in the requester's list this long after it was granted.
APPROVED_SHOWN_DAYS = 30


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


def my_approval_requests(user) -> list[ApprovalRequest]:
    """What the user laid before a second person: returned ones first (they need the user),
    then those still waiting, then the ones approved in the last APPROVED_SHOWN_DAYS days."""
    since = timezone.now() - timedelta(days=APPROVED_SHOWN_DAYS)
    mine = ApprovalRequest.objects.filter(requested_by=user).filter(
        Q(state__in=[ApprovalState.RETURNED, ApprovalState.REQUESTED])
        | Q(state=ApprovalState.APPROVED, answered_at__gte=since))
    order = {ApprovalState.RETURNED: 0, ApprovalState.REQUESTED: 1, ApprovalState.APPROVED: 2}
    rows = mine.select_related("person", "answered_by", "decision").order_by("-pk")
    return sorted(rows, key=lambda a: order[ApprovalState(a.state)])


def pending_approval_count() -> int:
    """Requests of the current authority waiting for a second person."""
    return ApprovalRequest.objects.filter(state=ApprovalState.REQUESTED).count()
