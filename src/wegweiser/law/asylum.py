"""§ 10 Abs. 3 AufenthG: which asylum outcomes bar which titles, with the dated ground lists.

Satz 2 bars every title after a rejection as "offensichtlich unbegründet" on a listed ground.
The list depends on the date of the rejection (§ 104 Abs. 19 AufenthG):

* rejected up to and including 27.02.2024: old wording, § 30 **Abs. 3 Nr. 1 bis 6** AsylG;
* rejected later: § 30 **Abs. 1 Nr. 3 bis 7** AsylG (RückVerbG, BGBl. 2024 I Nr. 54).

# Statute differs from spec: the spec says "until 27.02.2024"; § 104 Abs. 19 reads "bis zum
# 27. Februar 2024", i.e. a rejection *on* 27.02.2024 still falls under the old list.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from wegweiser.law.facts import CaseFacts

OLD_LIST_UNTIL = date(2024, 2, 27)  # § 104 Abs. 19, inclusive
# (Absatz, allowed numbers) of § 30 AsylG that trigger § 10 Abs. 3 Satz 2, per version.
BLOCKING_GROUNDS = {"old": (3, range(1, 7)), "new": (1, range(3, 8))}
SPURWECHSEL_ENTRY_BEFORE = date(2023, 3, 29)  # § 10 Abs. 3 Satz 5
GROUND_PATTERN = r"§\s*30\s*Abs(?:atz|\.)?\s*(\d+)\s*(?:Satz\s*\d+\s*)?(?:Nr\.?|Nummer)\s*(\d+)"
NEGATIVE = ("rejected", "rejected_manifestly_unfounded")


def parse_ground(text: str) -> tuple[int, int] | None:
    match = re.search(GROUND_PATTERN, text or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def ground_blocks(ground: tuple[int, int] | None, decided: date | None) -> bool | None:
    """True/False if the ground is (not) on the list in force at the decision; None if unclear."""
    if ground is None or decided is None:
        return None
    absatz, numbers = BLOCKING_GROUNDS["old" if decided <= OLD_LIST_UNTIL else "new"]
    if ground[0] != absatz:
        return None  # numbering of the other version: needs a human look
    return ground[1] in numbers


def asylum_features(facts: CaseFacts, as_of: date) -> dict[str, Any]:
    keys = ("asylum_s1", "asylum_s2", "asylum_pending", "asylum_withdrawn_early")
    if facts.asylum_applied is False:
        return dict.fromkeys(keys, False)
    procedure = facts.asylum
    if procedure is None or procedure.outcome is None:
        return dict.fromkeys(keys)
    outcome = procedure.outcome
    if outcome == "withdrawn":
        ended = procedure.withdrawal_date or procedure.final_date
    else:
        ended = procedure.final_date
    closed = None if ended is None else ended <= as_of
    negative = outcome in NEGATIVE or outcome == "withdrawn"
    s1: bool | None = closed if negative else False
    s2: bool | None = False
    if outcome == "rejected_manifestly_unfounded":
        decided = procedure.decision_date or procedure.final_date
        blocks = ground_blocks(parse_ground(procedure.manifestly_unfounded_ground), decided)
        s2 = False if s1 is False or blocks is False else (None if None in (s1, blocks) else True)
    entry = facts.entry_date
    early: bool | None = False
    if outcome == "withdrawn":
        early = None if entry is None or s1 is None else (s1 and entry < SPURWECHSEL_ENTRY_BEFORE)
    return {
        "asylum_s1": s1,
        "asylum_s2": s2,
        "asylum_pending": _pending(outcome, negative, closed),
        "asylum_withdrawn_early": early,
    }


def _pending(outcome: str, negative: bool, closed: bool | None) -> bool | None:
    if outcome == "pending":
        return True
    if negative:
        return None if closed is None else not closed
    return False
