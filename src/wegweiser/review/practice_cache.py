"""Decision-practice figures are computed once per state of the data, then served from the cache.

A new selection is computed from the process's decision frame (review.practice_frame, tens of
milliseconds on a large office, bench/bench_decision_practice.py); the figures change only when
a decision, an application or a team changes. The key therefore carries a version of the data:
the newest change in the history of decisions and applications (every write goes through the
one-door services and leaves a history row, the importer's bulk writes included) and the
authority's teams (practice_frame.Mark, the same mark the frame is brought up to). A new
decision makes a new key - no figure is ever older than the data it shows.
"""

from __future__ import annotations

import hashlib
from dataclasses import astuple

from django.core.cache import cache

from wegweiser.accounts.scoping import current_authority_id

from .practice import Figures, Selection, figures
from .practice_frame import current_mark

TIMEOUT = 24 * 3600


def cached_figures(selection: Selection, minimum: int, authority_id: int) -> Figures:
    """The figures of a selection; a constellation's members change with the case files, so a
    selection by constellation is always computed."""
    if selection.person_ids is not None:
        return figures(selection, minimum)
    mark = current_mark(authority_id)
    parts = (authority_id, minimum, mark.version(), *astuple(selection))
    key = "practice:" + hashlib.sha256(repr(parts).encode()).hexdigest()
    result = cache.get(key)
    if result is None:
        # The mark just read is the frame's too, when the request is scoped to this authority.
        in_scope = current_authority_id() == authority_id
        result = figures(selection, minimum, mark if in_scope else None)
        cache.set(key, result, TIMEOUT)
    return result
