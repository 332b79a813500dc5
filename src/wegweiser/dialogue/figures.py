"""Set-based figures of the dialogue: a few queries, no loops over rows.

The one rule for counting the dialogue, used by the dashboard's KPIs (reporting/kpis/dialogue.py,
and so the committee report) and by everything else that shows dialogue figures:

- meetings held: meetings with the state "stattgefunden" dated within the period (inclusive);
- partners reached: distinct organisations that took part in those meetings;
- actions done: actions agreed in meetings of the period whose state is "erledigt" today
  (an action carries its state, not the day it changed);
- actions open: actions of meetings up to the end of the period that are open or in progress;
- actions overdue: those open actions whose due date lies before the end of the period.
"""

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


def figures(authority_id: int, start: date, end: date) -> DialogueFigures:
    """The dialogue figures of the period `start`–`end` (inclusive), by the rule above."""
    held = Meeting.unscoped.filter(authority_id=authority_id, status=MeetingStatus.HELD,
                                   date__gte=start, date__lte=end)
    by_format = dict(held.values_list("format").annotate(n=Count("pk")).order_by("format"))
    reached = held.filter(organisations__isnull=False).values("organisations").distinct().count()
    open_now = Q(status__in=OPEN_STATES, meeting__date__lte=end)
    actions = AgreedAction.unscoped.filter(authority_id=authority_id).aggregate(
        done=Count("pk", filter=Q(status=ActionStatus.DONE,
                                  meeting__date__range=(start, end))),
        open=Count("pk", filter=open_now),
        overdue=Count("pk", filter=open_now & Q(due__lt=end)))
    return DialogueFigures(meetings_held=sum(by_format.values()), meetings_by_format=by_format,
                           partners_reached=reached, actions_done=actions["done"],
                           actions_open=actions["open"], actions_overdue=actions["overdue"])
