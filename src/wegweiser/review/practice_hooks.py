"""Where the decision-practice analysis meets the modules built beside it.

Reason labels (cases.decision_reasons), constellation members (review.constellations) and the
conference proposal (review.conferences) are looked up here and nowhere else, so that the
analysis keeps working - showing codes, all cases, no proposal button - while one of them is
missing, and each is wired in one place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:  # the module exists but one of its imports failed: say so
            raise
        return None


def reason_label(code: str) -> str:
    """The label of a reason code (cases.decision_reasons); the code while none is known."""
    reasons = _module("wegweiser.cases.decision_reasons")
    label_of = getattr(reasons, "reason_label", None) if reasons else None
    return str(label_of(code)) if label_of is not None else code


def constellations_available() -> bool:
    return constellation_members_function() is not None


def constellation_members_function() -> Callable[[Any], Any] | None:
    module = _module("wegweiser.review.constellations")
    return getattr(module, "matching_person_ids", None) if module else None


def constellation_members(constellation) -> Any:
    """The ids of the persons a saved constellation matches (None: module not there)."""
    members = constellation_members_function()
    return None if members is None else members(constellation)


def proposer() -> Callable[..., Any] | None:
    """review.conferences.propose(person, source, question, user=None, request=None), if it
    exists."""
    module = _module("wegweiser.review.conferences")
    return getattr(module, "propose", None) if module else None
