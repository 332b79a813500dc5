"""Values derived from the status history, stored on the person for list filters.

`duldung_chain_since` is the start of the current chain of Duldungen (Kettenduldung): the
latest run of Duldung periods (any kind) whose gaps are at most `GAP_DAYS`. It is a working aid
for the case list, not the legal count of prior toleration time (that is `law/`'s job).
"""

from collections.abc import Iterable
from datetime import date

from .models.status import DULDUNG_KINDS, StatusKind

GAP_DAYS = 92  # about three months: a short interruption does not break the chain


def current_status(periods: Iterable, today: date) -> str:
    running = [p for p in periods if p.start <= today and (p.end is None or p.end >= today)]
    if not running:
        return StatusKind.NONE
    return max(running, key=lambda p: p.start).kind


def duldung_chain_since(periods: Iterable, today: date) -> date | None:
    """Start of the Duldung chain that still runs on `today` (None if there is none)."""
    since: date | None = None
    chain_end = date.min
    for period in sorted((p for p in periods if p.start <= today), key=lambda p: p.start):
        if period.kind not in DULDUNG_KINDS:
            since = None
            continue
        end = period.end or date.max
        if since is None or (period.start - chain_end).days > GAP_DAYS:
            since, chain_end = period.start, end
        else:
            chain_end = max(chain_end, end)
    # An expired Duldung whose renewal is not yet recorded still counts for a short while.
    if since is None or (today - chain_end).days > GAP_DAYS:
        return None
    return since


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
