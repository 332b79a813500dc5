"""Three-valued (Kleene) logic and the result of one criterion.

Internally a truth value is ``True`` / ``False`` / ``None`` (unknown) - the same encoding a
Polars Boolean column with nulls has, so one criterion definition serves both worlds.
`Tri` is the enum shown to users.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

Truth = bool | None


class Tri(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: Truth) -> Tri:
        if value is None:
            return cls.UNKNOWN
        return cls.MET if value else cls.NOT_MET


def kleene_and(values: Iterable[Truth]) -> Truth:
    """False wins, then unknown, else true."""
    result: Truth = True
    for value in values:
        if value is False:
            return False
        if value is None:
            result = None
    return result


def kleene_or(values: Iterable[Truth]) -> Truth:
    """True wins, then unknown, else false."""
    result: Truth = False
    for value in values:
        if value is True:
            return True
        if value is None:
            result = None
    return result


def kleene_not(value: Truth) -> Truth:
    return None if value is None else not value


@dataclass(frozen=True)
class CriterionResult:
    """How one criterion stands on the evaluation date.

    ``met_on``: if not met now, the day it will be met if the current status simply continues.
    ``lost_on``: if met now, the day it will stop being met (an age limit, a child turning 18).
    """

    criterion_id: str
    status: Tri
    reason: str
    met_on: date | None = None
    lost_on: date | None = None
    facts_used: tuple[str, ...] = field(default_factory=tuple)
