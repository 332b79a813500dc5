"""§ 10 Abs. 3 AufenthG: which asylum outcomes bar which titles, with the dated ground lists.

Satz 2 bars every title after a rejection as "offensichtlich unbegründet" on a listed ground.
The list depends on the date of the rejection (§ 104 Abs. 19 AufenthG):

* rejected up to and including 27.02.2024: old wording, § 30 **Abs. 3 Nr. 1 bis 6** AsylG;
* rejected later: § 30 **Abs. 1 Nr. 3 bis 7** AsylG (RückVerbG, BGBl. 2024 I Nr. 54).

# Statute differs from spec: the spec says "until 27.02.2024"; § 104 Abs. 19 reads "bis zum
# 27. Februar 2024", i.e. a rejection *on* 27.02.2024 still falls under the old list.

A rejection as "offensichtlich unbegründet" under **§ 29a Abs. 1 AsylG** (safe country of
origin) is on neither list: § 29a is a ground of its own, not a case of § 30 Abs. 3 a.F. or
§ 30 Abs. 1 n.F. (the AsylG itself says "nach § 29a oder § 30", § 30a Abs. 3 Satz 2 Nr. 2 b;
§ 11 Abs. 7 Nr. 1 AufenthG names § 29a separately).  So it does not trigger Satz 2 in either
period - unless the decision also rests on a listed § 30 ground, which is then recorded as
well ("§ 29a AsylG, § 30 Abs. 3 Nr. 5 AsylG a.F.").  See docs/law/README.md.

The ground is free text ("§ 30 Abs. 1 Nr. 3 AsylG"); it is read with regular expressions that
mean the same in Python's ``re`` and in Polars (Rust regex: no look-arounds), so the batch
(batch_parts.asylum) reads it exactly as `ground_blocks` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from wegweiser.law.engine.facts import CaseFacts
from wegweiser.law.statute.texts import gettext_noop

OLD_LIST_UNTIL = date(2024, 2, 27)  # § 104 Abs. 19, inclusive
SPURWECHSEL_ENTRY_BEFORE = date(2023, 3, 29)  # § 10 Abs. 3 Satz 5
NEGATIVE = ("rejected", "rejected_manifestly_unfounded")

_PARA_30 = r"§\s*30\s*Abs(?:atz|\.)?\s*"

OLD, NEW, BOTH = "old", "new", "both"  # numbering of § 30 AsylG (a.F. up to 27.02.2024, n.F.)


@dataclass(frozen=True)
class Ground:
    """One ground of a rejection as "offensichtlich unbegründet", as the case file stores it.

    ``bars``: § 10 Abs. 3 Satz 2 AufenthG in the wording for this version names the ground."""

    code: str  # the stored citation, e.g. "§ 30 Abs. 3 Nr. 5 AsylG a.F."
    version: str  # OLD, NEW or BOTH (§ 29a)
    absatz: str | None  # § 30 Absatz; None for § 29a
    number: str | None  # Nummer (one digit); None: the whole Absatz
    bars: bool
    label: str  # German, marked for the catalogue


def _p30(version: str, absatz: str, number: str | None, bars: bool, label: str) -> Ground:
    nr = f" Nr. {number}" if number else ""
    suffix = " a.F." if version == OLD else ""
    return Ground(f"§ 30 Abs. {absatz}{nr} AsylG{suffix}", version, absatz, number, bars, label)


# Every ground of both versions (wording: docs/law/README.md, "Gesetz vor Spezifikation").
# § 30 n.F. Abs. 2 is no ground (it excludes Abs. 1 Nr. 1-6 for unaccompanied minors).
GROUNDS: tuple[Ground, ...] = (
    _p30(NEW, "1", "1", False, gettext_noop("unerhebliche Tatsachen")),
    _p30(NEW, "1", "2", False, gettext_noop("unglaubhaftes Vorbringen")),
    _p30(NEW, "1", "3", True, gettext_noop("Täuschung über Identität")),
    _p30(NEW, "1", "4", True, gettext_noop("Dokumente vernichtet")),
    _p30(NEW, "1", "5", True, gettext_noop("Fingerabdrücke verweigert")),
    _p30(NEW, "1", "6", True, gettext_noop("nur zur Verzögerung")),
    _p30(NEW, "1", "7", True, gettext_noop("Gefahr für die Sicherheit")),
    _p30(NEW, "1", "8", False, gettext_noop("Folgeantrag")),
    _p30(NEW, "1", "9", False, gettext_noop("Einreise trotz Sperre")),
    Ground("§ 29a AsylG", BOTH, None, None, False, gettext_noop("sicherer Herkunftsstaat")),
    _p30(OLD, "1", None, False, gettext_noop("Schutzvoraussetzungen offensichtlich nicht erfüllt")),
    _p30(OLD, "2", None, False, gettext_noop("wirtschaftliche Gründe, allgemeine Notsituation")),
    _p30(OLD, "3", "1", True, gettext_noop("Vorbringen/Beweismittel")),
    _p30(OLD, "3", "2", True, gettext_noop("Täuschung über Identität")),
    _p30(OLD, "3", "3", True, gettext_noop("Mehrfachanträge")),
    _p30(OLD, "3", "4", True, gettext_noop("drohende Abschiebung")),
    _p30(OLD, "3", "5", True, gettext_noop("Mitwirkungspflichten")),
    _p30(OLD, "3", "6", True, gettext_noop("vollziehbare Ausweisung")),
    _p30(OLD, "3", "7", False, gettext_noop("Antrag für Handlungsunfähige nach Ablehnung der Eltern")),
    _p30(OLD, "4", None, False, gettext_noop("Ausschlussgründe (§ 60 Abs. 8 AufenthG, § 3 Abs. 2 AsylG)")),
    _p30(OLD, "5", None, False, gettext_noop("kein Asylantrag im Sinne des § 13 Abs. 1 AsylG")),
)


def _cites(absatz: str, numbers: str | None = None) -> str:
    """Regex for one citation "§ 30 Abs. <absatz> [Satz n] Nr. <numbers>" (numbers: a class)."""
    tail = rf"\s*(?:Satz\s*\d+\s*)?(?:Nr\.?|Nummer)\s*{numbers}\b" if numbers else ""
    return rf"{_PARA_30}{absatz}\b{tail}"


def _cites_whole(absatz: str) -> str:
    """Regex for "§ 30 Abs. <absatz>" cited without Satz or Nummer (no look-ahead in Rust:
    the next character, if any, is neither a space nor S/N)."""
    return rf"{_PARA_30}{absatz}\b\s*(?:[^SN\s]|$)"


def _regex(grounds: list[Ground]) -> str:
    """One alternation matching each citation of these § 30 grounds once."""
    numbered: dict[str, str] = {}
    whole = ""
    for ground in grounds:
        assert ground.absatz and len(ground.absatz) == 1 and len(ground.number or "0") == 1
        if ground.number:
            numbered[ground.absatz] = numbered.get(ground.absatz, "") + ground.number
        else:
            whole += ground.absatz
    parts = [_cites(absatz, f"[{numbers}]") for absatz, numbers in numbered.items()]
    if whole:
        parts.append(_cites_whole(f"[{whole}]"))
    return "|".join(parts)


@dataclass(frozen=True)
class GroundList:
    """One version of § 10 Abs. 3 Satz 2: which o.u.-grounds it names, which it does not."""

    blocking: str  # regex: a ground named by Satz 2
    not_blocking: str  # regex: a ground of the same version that Satz 2 does not name


def _ground_list(version: str) -> GroundList:
    cited = [g for g in GROUNDS if g.version == version]
    return GroundList(_regex([g for g in cited if g.bars]),
                      _regex([g for g in cited if not g.bars]))


# a.F.: Satz 2 names Abs. 3 Nr. 1-6; not Abs. 1, 2, 3 Nr. 7, 4, 5.
# n.F.: Satz 2 names Abs. 1 Nr. 3-7; not Abs. 1 Nr. 1, 2, 8, 9.
GROUND_LISTS = {OLD: _ground_list(OLD), NEW: _ground_list(NEW)}
ANY_30 = rf"{_PARA_30}\d+"  # every citation of § 30 (counted once each)
SAFE_COUNTRY = r"§\s*29\s*a\b"  # § 29a AsylG


def ground_blocks(ground: str | None, decided: date | None) -> bool | None:
    """True/False if the recorded ground is (not) named by the Satz 2 in force at the
    decision; None if it cannot be told (no ground, no date, other version's numbering)."""
    text = ground or ""
    cited = len(re.findall(ANY_30, text))
    safe_country = re.search(SAFE_COUNTRY, text) is not None
    if decided is None:
        return False if safe_country and not cited else None
    grounds = GROUND_LISTS[OLD if decided <= OLD_LIST_UNTIL else NEW]
    if re.search(grounds.blocking, text):
        return True
    # Every § 30 citation is a ground this version does not name (or there is only § 29a).
    if cited == len(re.findall(grounds.not_blocking, text)) and (cited or safe_country):
        return False
    return None


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
        blocks = ground_blocks(procedure.manifestly_unfounded_ground, decided)
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
