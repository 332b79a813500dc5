"""Set-based figures of the dialogue for the dashboard: a few queries, no loops over rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q

from .models import OPEN_STATES, ActionStatus, AgreedAction, Meeting, MeetingStatus


@dataclass(frozen=True)
class DialogueFigures:
    meetings_held: int
    meetings_by_format: dict[str, int] = field(default_factory=dict)
    partners_reached: int = 0
    actions_done: int = 0
    actions_open: int = 0
    actions_overdue: int = 0


def figures(authority_id: int, start: date, end: date, on: date) -> DialogueFigures:
    """Meetings held from `start` to `end` (inclusive) by format, distinct organisations that
    took part in them, and the state of agreed actions on the day `on`."""
    held = Meeting.unscoped.filter(authority_id=authority_id, status=MeetingStatus.HELD,
                                   date__gte=start, date__lte=end)
    by_format = dict(held.values_list("format").annotate(n=Count("pk")).order_by("format"))
    reached = held.filter(organisations__isnull=False).values("organisations").distinct().count()
    actions = AgreedAction.unscoped.filter(authority_id=authority_id).aggregate(
        done=Count("pk", filter=Q(status=ActionStatus.DONE)),
        open=Count("pk", filter=Q(status__in=OPEN_STATES)),
        overdue=Count("pk", filter=Q(status__in=OPEN_STATES, due__lt=on)))
    return DialogueFigures(meetings_held=sum(by_format.values()), meetings_by_format=by_format,
                           partners_reached=reached, actions_done=actions["done"],
                           actions_open=actions["open"], actions_overdue=actions["overdue"])
