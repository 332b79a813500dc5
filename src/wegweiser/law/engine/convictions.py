"""Criminal-record features: best and worst case sums, so unknown details give UNKNOWN.

Only convictions on or before the as-of date and not yet erased from the BZR count
(§ 51 BZRG Verwertungsverbot).  Each conviction is sorted into one sentence type; the
*max* figures count everything that might be relevant (unknown intent counts, an unknown
sentence counts as custodial), the *min* figures only what certainly is.  Every rule built on
them is monotone, so "ok on max" = certainly met, "not ok on min" = certainly not met.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import polars as pl

from wegweiser.law.engine.facts import Conviction

SCHEMA: dict[str, Any] = {
    **{f"crim_{k}_{b}": pl.Boolean for k in ("prison", "juvenile", "strict", "serious", "any")
       for b in ("max", "min")},
    **{f"crim_ts_{k}_{b}": pl.Int64 for k in ("gen", "for") for b in ("max", "min")},
    "crim_clear_on": pl.Date,
}


def sentence_type(c: Conviction) -> str:
    if c.months is not None and c.months > 0:
        return "custodial"
    if c.daily_rates is not None:
        return "fine"
    if c.juvenile_sanction_only is True:
        return "juvenile"
    return "unknown"


def _serious(c: Conviction, certain: bool) -> bool:
    """§ 54 Abs. 2 Nr. 1 (Freiheitsstrafe >= 6 months) or Nr. 2 (Jugendstrafe >= 1 year,
    not suspended) - certainly, or possibly."""
    months = c.months or 0.0
    if certain:
        adult = c.youth_sentence is False and months >= 6
        youth = months >= 12 and c.suspended is False
        return adult or youth
    return (c.youth_sentence is not True and months >= 6) or (
        c.youth_sentence is not False and months >= 12 and c.suspended is not True
    )


def _exempt_60d(c: Conviction, kind: str, foreign_max: int, certain: bool) -> bool:
    """§ 60d Abs. 1 Nr. 7 / § 32 Abs. 2 Nr. 5a BZRG: foreigner-specific fine <= 90 TS."""
    is_fine = kind == "fine" and (c.daily_rates or 0) <= foreign_max
    if certain:
        return is_fine and c.foreigner_specific is True
    return (is_fine or kind == "unknown") and c.foreigner_specific is not False


def conviction_features(
    convictions: Iterable[Conviction] | None, as_of: date, foreign_max: int
) -> dict[str, Any]:
    if convictions is None:
        return dict.fromkeys(SCHEMA)
    row: dict[str, Any] = {k: False for k in SCHEMA if not k.startswith("crim_ts")}
    row.update({k: 0 for k in SCHEMA if k.startswith("crim_ts")})
    clear_on: date | None = None
    clear_known = True
    for c in convictions:
        if c.date > as_of or (c.erasure_date is not None and c.erasure_date <= as_of):
            continue
        if c.intentional is False:
            continue
        kind = sentence_type(c)
        _add(row, c, kind, "max", foreign_max)
        if c.intentional is True:
            _add(row, c, kind, "min", foreign_max)
        if c.erasure_date is None:
            clear_known = False
        else:
            clear_on = c.erasure_date if clear_on is None else max(clear_on, c.erasure_date)
    row["crim_clear_on"] = clear_on if clear_known else None
    return row


SPOUSE = ("crim_strict_max", "crim_strict_min")  # § 60d Abs. 1 Nr. 7 asks this of the spouse


def spouse_features(convictions: Iterable[Conviction] | None, as_of: date,
                    foreign_max: int) -> dict[str, Any]:
    """The spouse's record as § 60d Abs. 1 Nr. 7 reads it: ``spouse_crim_strict_*``."""
    row = conviction_features(convictions, as_of, foreign_max)
    return {f"spouse_{name}": row[name] for name in SPOUSE}


def _add(row: dict[str, Any], c: Conviction, kind: str, bound: str, foreign_max: int) -> None:
    worst = bound == "max"
    row[f"crim_any_{bound}"] = True
    if kind == "custodial" or (kind == "unknown" and worst):
        row[f"crim_prison_{bound}"] = True
    if kind == "juvenile":
        row[f"crim_juvenile_{bound}"] = True
    if kind == "fine":
        foreign = c.foreigner_specific is True if worst else c.foreigner_specific is not False
        key = "for" if foreign else "gen"
        row[f"crim_ts_{key}_{bound}"] += c.daily_rates or 0
    if kind == "custodial" and _serious(c, certain=not worst):
        row[f"crim_serious_{bound}"] = True
    if kind == "unknown" and worst:
        row[f"crim_serious_{bound}"] = True
    if not _exempt_60d(c, kind, foreign_max, certain=worst):
        row[f"crim_strict_{bound}"] = True
