"""Small-number suppression: the one rule for every figure that leaves the office.

A count from 1 to WEGWEISER_SUPPRESS_BELOW - 1 is shown as "< 5" in the export, the committee
report (PDF and page) and the OParl export, so that no published figure points at a few persons.
0 is shown: "nobody" identifies nobody. Inside the office (the dashboard) figures are exact.
Averages and shares (Kpi.suppressible = False) are not counts and are shown as they are.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _

NOT_RECORDED = "noch nicht erfasst"


def hidden_text(value: int | float | Decimal | None) -> str | None:
    """The text that replaces a count too small to publish, or None if it may be shown."""
    below = settings.WEGWEISER_SUPPRESS_BELOW
    if isinstance(value, int) and 0 < value < below:
        return f"< {below}"
    return None


def suppress(value: int | float | Decimal | None, suppressible: bool = True) -> str:
    """The figure as published: "< 5" for small counts, "noch nicht erfasst" for no data."""
    if value is None:
        return _(NOT_RECORDED)
    if suppressible:
        hidden = hidden_text(value)
        if hidden is not None:
            return hidden
    return shown(value)


def shown(value: int | float | Decimal | None) -> str:
    """The exact figure, as the office sees it (German number format)."""
    if value is None:
        return _(NOT_RECORDED)
    if isinstance(value, int):
        return number_format(value, force_grouping=True)
    return number_format(value, decimal_pos=1, force_grouping=True)
