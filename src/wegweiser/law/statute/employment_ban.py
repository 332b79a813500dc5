"""§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG: the employment ban for nationals of safe countries of
origin, derived from what the case file already shows.

Wording (since 12.06.2026): no employment may be permitted if the person "Staatsangehöriger
eines sicheren Herkunftsstaates nach den §§ 29a oder 29b des Asylgesetzes oder nach Artikel 62
Absatz 1 bis 1b der Verordnung (EU) 2024/1348 ist und sein nach dem 31. August 2015 gestellter
Asylantrag abgelehnt oder zurückgenommen wurde, es sei denn, die Rücknahme erfolgte auf Grund
einer unentgeltlichen Rechtsauskunft gemäß § 12b des Asylgesetzes [until 11.06.2026: einer
Beratung nach § 24 Abs. 1 AsylG] beim Bundesamt ..., oder ein Asylantrag nicht gestellt wurde."

What the file proves, and only that (the feature is true or unknown, never false - Nr. 1 and
Nr. 2 and the exceptions below are not in the file; a recorded answer of the office wins):

* a national of a state on the dated list on the as-of date whose application filed after
  31.08.2015 was rejected (simple or as manifestly unfounded);
* such a national who never applied and was of age at entry.

Exceptions of the statute, and how they are honoured:

* withdrawal after counselling at the BAMF (Satz 1 Nr. 3) - not recorded: a withdrawal gives
  unknown;
* unaccompanied minors who withdrew or did not apply in the interest of the child (Satz 3) -
  not recorded: no application by a person under 18 at entry gives unknown;
* recognised refugees and protection holders (Satz 4) - never tolerated, not screened;
* § 104 Abs. 18: nationals of Georgia and Moldova who applied by 30.08.2023 (or were tolerated
  then without applying) - an application by 30.08.2023 is no ban; no application gives unknown;
* EU candidate countries under Art. 62 Abs. 1a/1b VO (EU) 2024/1348 (from 12.06.2026) are safe
  only subject to exceptions the file cannot show: unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from wegweiser.law.engine.dates import add_months, pl_add_months
from wegweiser.law.engine.facts import CaseFacts

APPLIED_AFTER = date(2015, 8, 31)
REJECTED = ("rejected", "rejected_manifestly_unfounded")
GEAS = date(2026, 6, 12)


@dataclass(frozen=True)
class SafeCountry:
    code: str  # ISO 3166-1 alpha-3 as the case file records it (Kosovo: XKX)
    since: date
    reference: str


ANLAGE_II = "Anlage II zu § 29a AsylG"
SAFE_COUNTRIES: tuple[SafeCountry, ...] = (
    SafeCountry("GHA", date(1993, 7, 1), f"{ANLAGE_II} (1993)"),
    SafeCountry("SEN", date(1993, 7, 1), f"{ANLAGE_II} (1993)"),
    SafeCountry("BIH", date(2014, 11, 6), f"{ANLAGE_II}, G v. 31.10.2014 (BGBl. I S. 1649)"),
    SafeCountry("MKD", date(2014, 11, 6), f"{ANLAGE_II}, G v. 31.10.2014 (BGBl. I S. 1649)"),
    SafeCountry("SRB", date(2014, 11, 6), f"{ANLAGE_II}, G v. 31.10.2014 (BGBl. I S. 1649)"),
    SafeCountry("ALB", date(2015, 10, 24), f"{ANLAGE_II}, AsylVfBeschlG (BGBl. I 2015 S. 1722)"),
    SafeCountry("XKX", date(2015, 10, 24), f"{ANLAGE_II}, AsylVfBeschlG (BGBl. I 2015 S. 1722)"),
    SafeCountry("MNE", date(2015, 10, 24), f"{ANLAGE_II}, AsylVfBeschlG (BGBl. I 2015 S. 1722)"),
    SafeCountry("GEO", date(2023, 12, 23), f"{ANLAGE_II}, BGBl. 2023 I Nr. 382"),
    SafeCountry("MDA", date(2023, 12, 23), f"{ANLAGE_II}, BGBl. 2023 I Nr. 382"),
    # Art. 62 Abs. 1 VO (EU) 2024/1348 as amended 2026, referred to from 12.06.2026 on.
    *(SafeCountry(code, GEAS, "Art. 62 Abs. 1 VO (EU) 2024/1348")
      for code in ("BGD", "COL", "EGY", "IND", "MAR", "TUN")),
)
# Art. 62 Abs. 1a/1b: EU candidate countries (e.g. Turkey, Ukraine) are safe only subject to
# exceptions the file cannot show; like every other state they give "unknown" here.
# § 104 Abs. 18 AufenthG: no ban for Georgians and Moldovans who applied by 30.08.2023.
TRANSITION_104_18 = (("GEO", "MDA"), date(2023, 8, 30))


def safe_on(as_of: date) -> list[str]:
    return sorted(c.code for c in SAFE_COUNTRIES if c.since <= as_of)


def nr3_ban(facts: CaseFacts, as_of: date, birth_latest: date | None) -> bool | None:
    """True where the file shows the ban of Satz 1 Nr. 3, else None (see module docstring)."""
    code, procedure = facts.nationality, facts.asylum
    if code is None or code not in safe_on(as_of):
        return None
    codes, until = TRANSITION_104_18
    applied = procedure.application_date if procedure is not None else None
    rejected = (procedure is not None and procedure.outcome in REJECTED and applied is not None
                and applied > APPLIED_AFTER and not (code in codes and applied <= until))
    entry = facts.entry_date
    never = (procedure is None and facts.asylum_applied is False and code not in codes
             and birth_latest is not None and entry is not None
             and add_months(birth_latest, 216) <= entry)
    return True if rejected or never else None


def pl_nr3_ban(as_of: date) -> pl.Expr:
    """The Polars twin of `nr3_ban` over the persons frame (asylum_* and birth_latest)."""
    code = pl.col("nationality")
    applied = pl.col("asylum_application_date")
    codes, until = TRANSITION_104_18
    known = pl.col("asylum_known").fill_null(False)
    rejected = (known & pl.col("asylum_outcome").is_in(list(REJECTED))
                & (applied > APPLIED_AFTER) & ~(code.is_in(list(codes)) & (applied <= until)))
    adult = pl_add_months(pl.col("birth_latest"), 216) <= pl.col("entry_date")
    never = ~known & (pl.col("asylum_applied") == False) & ~code.is_in(list(codes)) & adult  # noqa: E712
    safe = code.is_in(safe_on(as_of))
    return (pl.when(safe & (rejected.fill_null(False) | never.fill_null(False))).then(True)
            .otherwise(None).cast(pl.Boolean))
