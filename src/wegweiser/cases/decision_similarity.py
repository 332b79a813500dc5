"""What a decision freezes for comparing it with similar cases (decision 0007): from the law
engine's features on the decision day, the state of identity, livelihood and German and the
whole years of the current Duldung chain. review.consistency groups decisions by these values.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wegweiser.law.engine.dates import add_months

MAX_YEARS = 8  # "8 years and more" is one band: the longest thresholds of the law are 8 years
SIMILARITY = ("identity", "livelihood", "language", "toleration_years")
UNKNOWN = "unknown"


def similarity_features(features: dict[str, Any], as_of: date) -> dict[str, str]:
    """The similarity values of one engine feature row (law.engine.features) on `as_of`.

    Stored in `Decision.snapshot["similarity"]` (cases.decision_snapshot); unknown stays "unknown"
    (two unknowns are similar: both files lack the same fact).
    """
    return {
        "identity": _tri(features.get("identity_clarified")),
        "livelihood": _tri(features.get("livelihood_secured")),
        "language": _language(features.get("lang_oral")),
        "toleration_years": _toleration_years(features, as_of),
    }


def _tri(value: bool | None) -> str:
    return UNKNOWN if value is None else ("yes" if value else "no")


def _language(level: int | None) -> str:
    """Oral German: below A2, A2, B1 or better - the steps the pathways ask for."""
    if level is None:
        return UNKNOWN
    return "B1" if level >= 3 else "A2" if level == 2 else "below_A2"


def _toleration_years(features: dict[str, Any], as_of: date) -> str:
    alive, start = features.get("dul_alive"), features.get("dul_start")
    if alive is None:
        return UNKNOWN
    if not alive or start is None:
        return "0"
    months = (as_of.year - start.year) * 12 + as_of.month - start.month
    if as_of < add_months(start, months):
        months -= 1
    return str(min(max(months, 0) // 12, MAX_YEARS))
