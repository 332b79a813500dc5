"""Counting continuous time from dated status periods (single person, plain Python).

The batch twin lives in batch_features.py; both implement exactly this algorithm:

1. Periods are classified per counting variant as COUNT (time counts), PAUSE (time does not
   count but does not break continuity - § 60b Abs. 5 Satz 1 periods) or ignored (any other
   status, or no status: that is uncovered time, a *gap*).
2. Periods are clipped to the as-of date; covered periods form a *chain* while each gap before
   the next period is harmless: the next period starts no later than `gap months` after the
   day following the latest end so far (BMI: up to 3 months).  A longer gap restarts the clock.
3. For the last chain: ``start`` = its first day; ``counted`` = days covered by COUNT periods;
   ``paused`` = days of the chain up to the as-of date that were not counted (pauses and
   harmless gaps).  The chain is ``alive`` if it covers the as-of date or the gap since its
   end is still harmless; the clock is ``running`` if a COUNT period covers the as-of date.
4. A threshold of N months is reached on ``add_months(start, N) + paused days``: pauses and
   gaps postpone the date, they are never counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from wegweiser.law.engine.dates import add_months
from wegweiser.law.engine.facts import StatusKind

COUNT, PAUSE = 0, 1

RESIDENCE_KINDS = frozenset(
    {
        StatusKind.GESTATTUNG,
        StatusKind.DULDUNG,
        StatusKind.DULDUNG_60C,
        StatusKind.DULDUNG_60D,
        StatusKind.RESIDENCE_PERMIT,
        StatusKind.SETTLEMENT_PERMIT,
        StatusKind.FICTION_CERTIFICATE,
    }
)
TOLERATION_KINDS = frozenset({StatusKind.DULDUNG, StatusKind.DULDUNG_60C, StatusKind.DULDUNG_60D})

# variant name -> (kinds that count, kinds that pause). § 60b pauses unless the law says
# otherwise (§ 104c Abs. 1 Satz 3, § 25a Abs. 5, § 25b Abs. 7: "res60b").
STATUS_VARIANTS: dict[str, tuple[frozenset[StatusKind], frozenset[StatusKind]]] = {
    "res": (RESIDENCE_KINDS, frozenset({StatusKind.DULDUNG_60B})),
    "res60b": (RESIDENCE_KINDS | {StatusKind.DULDUNG_60B}, frozenset()),
    "dul": (TOLERATION_KINDS, frozenset({StatusKind.DULDUNG_60B})),
    "dul60d": (frozenset({StatusKind.DULDUNG_60D}), frozenset()),
}
P104C_REFERENCE_DAY = date(2022, 10, 31)  # § 104c Abs. 1 Satz 1


@dataclass(frozen=True)
class Interval:
    start: date
    end: date | None
    klass: int  # COUNT or PAUSE


@dataclass(frozen=True)
class Chain:
    alive: bool
    start: date | None
    paused: int | None
    running: bool

    @staticmethod
    def none() -> Chain:
        return Chain(False, None, None, False)


def classify(
    periods: Iterable[tuple[StatusKind, date, date | None]], variant: str
) -> list[Interval]:
    counting, pausing = STATUS_VARIANTS[variant]
    result = []
    for kind, start, end in periods:
        if kind in counting:
            result.append(Interval(start, end, COUNT))
        elif kind in pausing:
            result.append(Interval(start, end, PAUSE))
    return result


def current_chain(intervals: Iterable[Interval], as_of: date, gap_months: int) -> Chain:
    """The continuous chain of time reaching `as_of` (see module docstring)."""
    clipped = sorted(
        (Interval(i.start, min(i.end or as_of, as_of), i.klass) for i in intervals),
        key=lambda i: i.start,
    )
    clipped = [i for i in clipped if i.start <= as_of and i.end is not None and i.end >= i.start]
    chain: list[Interval] = []
    max_end: date | None = None
    for interval in clipped:
        if max_end is not None and interval.start > add_months(max_end + timedelta(1), gap_months):
            chain = []  # gap too long: the clock restarts
            max_end = None
        chain.append(interval)
        assert interval.end is not None
        max_end = interval.end if max_end is None else max(max_end, interval.end)
    if not chain or max_end is None:
        return Chain.none()
    if not as_of < add_months(max_end + timedelta(1), gap_months):
        return Chain.none()
    start = chain[0].start
    counting = [i for i in chain if i.klass == COUNT]
    counted = _union_days(counting)
    running = any(i.end == as_of for i in counting)
    return Chain(True, start, (as_of - start).days + 1 - counted, running)


def _union_days(intervals: list[Interval]) -> int:
    """Days covered by the intervals, overlaps counted once (intervals sorted by start)."""
    total, max_end = 0, None
    for interval in intervals:
        assert interval.end is not None
        first = interval.start if max_end is None else max(interval.start, max_end + timedelta(1))
        total += max(0, (interval.end - first).days + 1)
        max_end = interval.end if max_end is None else max(max_end, interval.end)
    return total


def reached_on(chain: Chain, months: int) -> date | None:
    """Day a threshold of `months` is (or was) reached, if the current chain just goes on."""
    if not chain.alive or chain.start is None or chain.paused is None:
        return None
    return add_months(chain.start, months) + timedelta(days=chain.paused)
