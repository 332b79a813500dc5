"""The summary at the top of the case page: status and Duldung chain, the next deadline, the
open follow-ups and, for roles that may see it, the latest screening result per pathway."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wegweiser.accounts.roles import can
from wegweiser.screening.summaries import (
    PathwayResult,
    next_deadline,
    person_results,
    results_without_criminal_record,
)

from .derived import months_between
from .models import FollowUp, Person, StatusPeriod

if TYPE_CHECKING:
    from wegweiser.screening.models import ScreeningRun


@dataclass(frozen=True)
class Deadline:
    day: date
    text: str


@dataclass
class CaseSummary:
    current: StatusPeriod | None  # the status running today
    last: StatusPeriod | None  # without a running status: the one that ended last
    chain_since: date | None
    chain_length: str
    deadline: Deadline | None
    follow_ups: list[FollowUp]  # open ones, earliest first
    overdue: int
    can_explain: bool
    show_exceptions: bool
    run: ScreeningRun | None = None
    results: list[PathwayResult] = field(default_factory=list)


def case_summary(person: Person, periods: list[StatusPeriod], follow_ups: list[FollowUp],
                 user, today: date) -> CaseSummary:
    """Built from what the page loads anyway; the screening adds two queries."""
    running = [p for p in periods if p.start <= today and (p.end is None or p.end >= today)]
    current = max(running, key=lambda p: p.start, default=None)
    ended = [p for p in periods if p.end is not None and p.end < today]
    last = None if current else max(ended, key=lambda p: p.end or p.start, default=None)
    open_items = sorted((f for f in follow_ups if not f.done), key=lambda f: (f.due_date, f.pk))
    summary = CaseSummary(
        current, last, person.duldung_chain_since, _chain_length(person.duldung_chain_since, today),
        None, open_items, sum(1 for f in open_items if f.due_date < today),
        can_explain=can(user, "screening.explain"),
        show_exceptions=can(user, "case.view_criminal"))
    if summary.can_explain and summary.show_exceptions:
        summary.run, summary.results = person_results(person)
    elif summary.can_explain:  # without the criminal record: computed now, without it
        summary.results = results_without_criminal_record(person, today)
    summary.deadline = _next_deadline(current, summary.results, today)
    return summary


def _chain_length(since: date | None, today: date) -> str:
    if since is None:
        return ""
    years, months = divmod(months_between(since, today), 12)
    parts = [ngettext("%(n)s Jahr", "%(n)s Jahre", years) % {"n": years}] if years else []
    if months or not years:
        parts.append(ngettext("%(n)s Monat", "%(n)s Monate", months) % {"n": months})
    return ", ".join(parts)


def _next_deadline(current: StatusPeriod | None, results: list[PathwayResult],
                   today: date) -> Deadline | None:
    """The earlier of: the running status ends, a met requirement of a pathway lapses."""
    found = []
    if current is not None and current.end is not None:
        found.append(Deadline(current.end, _("%(status)s endet") % {
            "status": current.get_kind_display()}))
    lapsing = next_deadline(results, today)
    if lapsing is not None and lapsing.deadline is not None:
        found.append(Deadline(lapsing.deadline, _(
            "%(norm)s: eine erfüllte Voraussetzung entfällt") % {"norm": lapsing.norm}))
    return min(found, key=lambda d: d.day, default=None)
