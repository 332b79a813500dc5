"""What a pathway (one norm leading to a title or Duldung) declares."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from wegweiser.law.criteria import Criterion
from wegweiser.law.expr import Expr, Lit


class Entitlement(StrEnum):
    BOUND = "bound"  # "ist zu erteilen": Anspruch
    SHOULD = "should"  # "soll": Regelanspruch
    MAY = "may"  # "kann": Ermessen


@dataclass(frozen=True)
class RuleVersion:
    start: date
    label: str  # e.g. "§ 25b i.d.F. ab 31.12.2022"


@dataclass(frozen=True)
class Flag:
    """A hint that is not a criterion: shown when ``when`` is true (unknown = not shown)."""

    id: str
    text: str
    when: Expr


@dataclass(frozen=True)
class Pathway:
    id: str  # module name, e.g. "p25b"
    norm: str
    title: str
    consequence: Entitlement
    criteria: tuple[Criterion, ...]  # in the statute's order
    versions: tuple[RuleVersion, ...]
    # Open for new grants on the as-of date (False -> EXPIRED); may depend on features.
    available: Expr = field(default_factory=lambda: Lit(True))
    available_text: str = "Für Neuerteilungen geschlossen"
    flags: tuple[Flag, ...] = ()

    def version_on(self, day: date) -> str | None:
        current = None
        for version in sorted(self.versions, key=lambda v: v.start):
            if version.start <= day:
                current = version.label
        return current
