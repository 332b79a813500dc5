"""What a pathway (one norm leading to a title or Duldung) declares."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from wegweiser.law.engine.expr import Expr, Lit
from wegweiser.law.statute.criteria import Criterion
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy, start_date
from wegweiser.law.statute.texts import gettext_noop


class Entitlement(StrEnum):
    BOUND = "bound"  # "ist zu erteilen": Anspruch
    SHOULD = "should"  # "soll": Regelanspruch
    MAY = "may"  # "kann": Ermessen


@dataclass(frozen=True)
class RuleVersion:
    start: date | str  # a date, or the name of a Policy field holding the date ([?] points)
    label: str  # e.g. "§ 25b i.d.F. ab 31.12.2022" (marked for translation)

    def start_date(self, policy: Policy = DEFAULT_POLICY) -> date:
        return start_date(self.start, policy)


@dataclass(frozen=True)
class Flag:
    """A hint that is not a criterion: shown when ``when`` is true (unknown = not shown)."""

    id: str
    text: str  # marked German text; may name features: %(p104c_expiry)s
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
    available_text: str = gettext_noop("Für Neuerteilungen geschlossen")
    flags: tuple[Flag, ...] = ()

    def version_on(self, day: date, policy: Policy = DEFAULT_POLICY) -> str | None:
        current = None
        for version in sorted(self.versions, key=lambda v: v.start_date(policy)):
            if version.start_date(policy) <= day:
                current = version.label
        return current
