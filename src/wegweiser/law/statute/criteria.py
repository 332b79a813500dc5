"""Declaration of a criterion (Tatbestandsmerkmal): norm, German text, kind, confidence, logic.

Every criterion is declared once.  Its ``test`` is true when the requirement is satisfied -
for exclusions: when *no* exclusion ground applies - so "not met" always means "against the
person" and "unknown" always means "facts missing".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from wegweiser.law.engine.expr import Expr
from wegweiser.law.engine.logic import Tri
from wegweiser.law.statute.texts import Text, gettext_noop

REASON_MET = gettext_noop("Erfüllt: %(text)s")
REASON_NOT_MET = gettext_noop("Nicht erfüllt: %(text)s")
REASON_UNKNOWN = gettext_noop("Offen (Angaben fehlen): %(text)s")


class Kind(StrEnum):
    # Personenkreis: whom the norm is about (e.g. "Eltern ... eines Inhabers einer AE nach
    # Abs. 1").  Not met -> NOT_MET before any exclusion is looked at; unknown -> as HARD.
    SCOPE = "scope"
    HARD = "hard"  # Tatbestandsvoraussetzung: must be met
    # Regelvoraussetzung: failing it gives NOT_MET ("atypischen Fall prüfen"), or MAY where
    # the statute lets the office waive it by discretion (``waiver`` names that norm).
    REGULAR = "regular"
    EXCLUSION = "exclusion"  # "ist zu versagen", "darf nicht": failing it blocks the pathway
    # A bar the office may waive by discretion ("kann abweichend ..."): failing it caps at MAY.
    WAIVABLE = "waivable"
    UPGRADE = "upgrade"  # turns "kann" into "soll" when met (§ 25 Abs. 5 Satz 2)
    DISCRETION_FACTOR = "discretion_factor"  # shown for the discretion, never decides


class Confidence(StrEnum):
    T = "T"  # statute text read verbatim
    S = "S"  # secondary source
    M = "M"  # general knowledge, verify
    UNVERIFIED = "?"  # unknown; policy setting


@dataclass(frozen=True)
class Criterion:
    id: str
    norm: str
    text: str  # German, phrased as the requirement, marked with gettext_noop
    kind: Kind
    confidence: Confidence
    test: Expr
    met_on: Expr | None = None  # projection: day it will be met if the status continues
    # The earliest that day can be when facts are missing (a birth year only, a job with
    # unknown hours); ``met_on`` is then the latest.  None: ``met_on`` is certain.
    met_on_best: Expr | None = None
    lost_on: Expr | None = None  # deadline: day it stops being met
    threshold: str | None = None  # dated parameter shown in the catalogue
    text_not_met: str = ""
    text_unknown: str = ""
    # The norm that lets the office waive this requirement by discretion in this pathway
    # (e.g. "§ 5 Abs. 3 Satz 2 AufenthG"); empty: no waiver, only an atypical case.
    waiver: str = ""

    @property
    def column(self) -> str:
        return f"c:{self.id}"

    def as_kind(self, kind: Kind) -> Criterion:
        """The same criterion (same id, same column) with the effect it has in another norm."""
        return replace(self, kind=kind)

    def waivable_by(self, norm: str) -> Criterion:
        """The same criterion where `norm` lets the office waive it by discretion: a
        Regelvoraussetzung stays one, a bar becomes WAIVABLE."""
        kind = self.kind if self.kind is Kind.REGULAR else Kind.WAIVABLE
        return replace(self, kind=kind, waiver=norm)

    @property
    def caps(self) -> bool:
        """Failing it lowers the result to MAY (discretion) instead of deciding it."""
        return self.kind is Kind.WAIVABLE or (self.kind is Kind.REGULAR and bool(self.waiver))

    def reason(self, status: Tri) -> Text:
        """Why the criterion stands as it does (German; `texts.Text` for the translation)."""
        if status is Tri.MET:
            return Text(REASON_MET, text=Text(self.text))
        if status is Tri.NOT_MET:
            own, template = self.text_not_met, REASON_NOT_MET
        else:
            own, template = self.text_unknown, REASON_UNKNOWN
        return Text(own) if own else Text(template, text=Text(self.text))
