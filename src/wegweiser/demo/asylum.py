"""Asylum procedures that ended without protection (most Geduldete are rejected applicants).

Durations follow the BAMF backlog: long procedures for the 2015/16 wave, faster ones later,
very fast ones for safe countries of origin. Manifestly-unfounded grounds use the numbering in
force on the decision date: a decision up to and including 27.02.2024 keeps the old one
(§ 104 Abs. 19 AufenthG, law/statute/asylum.py), later ones use the new § 30 Abs. 1.
"""

import random
from bisect import bisect
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate

from wegweiser.cases.models.status import AsylumOutcome
from wegweiser.law.statute.asylum import OLD_LIST_UNTIL

from .data.nationality_mix import SAFE_COUNTRIES
from .drafts import AsylumDraft, add_months, random_day

OLD_GROUNDS = [  # (ground, weight) for decisions up to and including 27.02.2024
    ("§ 30 Abs. 2 AsylG a.F.", 30), ("§ 30 Abs. 3 Nr. 1 AsylG a.F.", 25),
    ("§ 30 Abs. 3 Nr. 2 AsylG a.F.", 15), ("§ 30 Abs. 3 Nr. 3 AsylG a.F.", 5),
    ("§ 30 Abs. 3 Nr. 4 AsylG a.F.", 10), ("§ 30 Abs. 3 Nr. 5 AsylG a.F.", 12),
    ("§ 30 Abs. 3 Nr. 6 AsylG a.F.", 3),
]
NEW_GROUNDS = [  # for decisions from 28.02.2024
    ("§ 30 Abs. 1 Nr. 1 AsylG", 30), ("§ 30 Abs. 1 Nr. 2 AsylG", 25),
    ("§ 30 Abs. 1 Nr. 3 AsylG", 15), ("§ 30 Abs. 1 Nr. 4 AsylG", 8),
    ("§ 30 Abs. 1 Nr. 5 AsylG", 4), ("§ 30 Abs. 1 Nr. 6 AsylG", 8),
    ("§ 30 Abs. 1 Nr. 7 AsylG", 2), ("§ 30 Abs. 1 Nr. 8 AsylG", 6),
    ("§ 30 Abs. 1 Nr. 9 AsylG", 2),
]
# Outcome mix among applicants tolerated today. Dublin inadmissibility is left out: the rule
# engine (law/engine/facts.py) does not know that outcome yet.
OUTCOMES = [(AsylumOutcome.REJECTED, 68), (AsylumOutcome.MANIFESTLY_UNFOUNDED, 23)]


_CUMULATED: dict[int, tuple[tuple, list[float], float]] = {}


def pick[T](rng: random.Random, weighted: Sequence[tuple[T, float]]) -> T:
    """One value of a [(value, weight), ...] table (cumulated once per table: it runs often).

    The same draw and the same arithmetic as ``rng.choices(values, cum_weights=...)[0]``,
    without its per-call checks and list: same seed, same value.
    """
    table = _CUMULATED.get(id(weighted))
    if table is None:
        values, weights = zip(*weighted, strict=True)
        cumulated = list(accumulate(weights))
        table = _CUMULATED[id(weighted)] = (values, cumulated, cumulated[-1] + 0.0)
    values, cumulated, total = table
    return values[bisect(cumulated, rng.random() * total, 0, len(values) - 1)]


def procedure(rng: random.Random, nationality: str, entry: date, today: date) -> AsylumDraft:
    """One completed procedure between entry and (at the latest) a month before `today`."""
    applied = entry + timedelta(days=rng.choice([1, 2, 3, 5, 8, 14, 21, 40]))
    latest_final = max(applied + timedelta(days=30), today - timedelta(days=30))
    safe = nationality in SAFE_COUNTRIES and rng.random() < 0.8
    if rng.random() < 0.09 and not safe:
        draft = _withdrawn(rng, applied)
    else:
        draft = _decided(rng, applied, safe)
    return _clip(draft, applied, latest_final)


def _decision_months(rng: random.Random, applied: date, safe: bool) -> int:
    if safe:
        return rng.randint(1, 3)
    if applied.year <= 2016:
        return rng.randint(6, 26)  # the backlog after the 2015/16 arrivals
    if applied.year <= 2019:
        return rng.randint(3, 14)
    return rng.randint(2, 10)


def _decided(rng: random.Random, applied: date, safe: bool) -> AsylumDraft:
    decided = add_months(applied, _decision_months(rng, applied, safe))
    decided = random_day(rng, decided, decided + timedelta(days=27))
    outcome = AsylumOutcome.MANIFESTLY_UNFOUNDED if safe else pick(rng, OUTCOMES)
    ground = ""
    if outcome == AsylumOutcome.MANIFESTLY_UNFOUNDED:
        ground = "§ 29a AsylG" if safe else _ground(rng, decided)
        final = decided + timedelta(days=rng.randint(8, 75))  # urgent court procedure
    elif rng.random() < 0.65:  # most simple rejections go to the administrative court
        final = add_months(decided, rng.randint(5, 36))
    else:
        final = decided + timedelta(days=rng.randint(15, 35))
    return AsylumDraft(applied, decided, outcome, final, ground)


def _withdrawn(rng: random.Random, applied: date) -> AsylumDraft:
    withdrawn = add_months(applied, rng.randint(2, 18))
    decided = withdrawn + timedelta(days=rng.randint(20, 90))  # Einstellungsbescheid
    final = decided + timedelta(days=rng.randint(14, 30))
    return AsylumDraft(applied, decided, AsylumOutcome.WITHDRAWN, final, "", withdrawn)


def _ground(rng: random.Random, decided: date) -> str:
    return pick(rng, OLD_GROUNDS if decided <= OLD_LIST_UNTIL else NEW_GROUNDS)


def _clip(draft: AsylumDraft, applied: date, latest_final: date) -> AsylumDraft:
    """Recent arrivals: squeeze the procedure so that it is over before today."""
    if draft.final_date is None or draft.final_date <= latest_final:
        return draft
    room = (latest_final - applied).days
    decided = applied + timedelta(days=max(1, room * 2 // 3))
    draft.decision_date = decided
    draft.final_date = max(decided, latest_final)
    if draft.withdrawal_date:
        draft.withdrawal_date = applied + timedelta(days=max(1, room // 3))
    if draft.manifestly_unfounded_ground and "29a" not in draft.manifestly_unfounded_ground:
        draft.manifestly_unfounded_ground = _renumber(draft.manifestly_unfounded_ground, decided)
    return draft


def _renumber(ground: str, decided: date) -> str:
    """Keep the ground consistent with the (moved) decision date."""
    is_old = ground.endswith("a.F.")
    if decided <= OLD_LIST_UNTIL and not is_old:
        return "§ 30 Abs. 3 Nr. 1 AsylG a.F."
    if decided > OLD_LIST_UNTIL and is_old:
        return "§ 30 Abs. 1 Nr. 2 AsylG"
    return ground
