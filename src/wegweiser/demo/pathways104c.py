"""The § 104c episode (Chancen-Aufenthaltsrecht, 31.12.2022 – 31.12.2025), pathways.md 7.3.

Who had five years of Duldung/Gestattung on 31.10.2022 could get an 18-month permit. By
31.03.2025 about 83,000 had one; 14,880 had moved on to § 25a/§ 25b, 5,227 had fallen back
to a Duldung and 25,737 held a Fiktionsbescheinigung. The demo keeps roughly that mix among
former holders, shifted towards transitions and fall-backs because all permits have expired.
"""

import random
from datetime import date, timedelta

from wegweiser.cases.models.status import StatusKind as K

from . import asylum
from .drafts import ONE_DAY, HistoryDraft, add_months, random_day

CUTOFF = date(2022, 10, 31)
FIRST_GRANT, LAST_GRANT = date(2023, 1, 1), date(2024, 12, 31)
# Grants per half-year (H1-2023 33,628; H2-2023 27,188; 2024 roughly 11,000).
GRANT_WINDOWS = [
    ((date(2023, 1, 1), date(2023, 6, 30)), 47),
    ((date(2023, 7, 1), date(2023, 12, 31)), 38),
    ((date(2024, 1, 1), LAST_GRANT), 15),
]
OUTCOMES = [("transition", 40), ("fallback", 25), ("fiction", 35)]
FALLBACK_CODES = [("16", 40), ("20", 45), ("22", 5), ("18", 5), ("36", 5)]


def chance_104c(entry: date) -> float:
    """Share of long-stayers who took the permit (others never applied or were excluded)."""
    return 0.5 if entry <= CUTOFF - timedelta(days=5 * 365) else 0.0


def with_104c(rng: random.Random, history: HistoryDraft, duldung_from: date, today: date):
    from .histories import chain, plain_chain

    granted = _grant_date(rng, today)
    if granted is None or duldung_from >= granted:
        plain_chain(rng, history, duldung_from, history.final_code, today)
        return
    chain(rng, history, duldung_from, granted - ONE_DAY, lambda _d: "20", cut=True)
    expiry = add_months(granted, 18) - ONE_DAY
    history.add(K.RESIDENCE_PERMIT, granted, expiry, legal_basis="§ 104c")
    history.special_start = granted
    if expiry >= today:
        history.final_code, history.pathway = "", "104c"
        return
    outcome = asylum.pick(rng, OUTCOMES)
    if outcome == "transition":
        _transition(rng, history, expiry, today)
    elif outcome == "fallback":
        history.final_code, history.pathway = asylum.pick(rng, FALLBACK_CODES), "104c>duldung"
        start = expiry + timedelta(days=rng.randint(1, 40))
        chain(rng, history, start, today, lambda _d: history.final_code)
    else:
        history.final_code, history.pathway = "", "104c>fiction"
        _fiction(rng, history, expiry + ONE_DAY, today)


def _grant_date(rng: random.Random, today: date) -> date | None:
    if today <= FIRST_GRANT + timedelta(days=30):
        return None
    first, last = asylum.pick(rng, GRANT_WINDOWS)
    return random_day(rng, first, min(last, today - timedelta(days=30)))


def _transition(rng: random.Random, history: HistoryDraft, expiry: date, today: date) -> None:
    """§ 25b (adults) – youths are switched to § 25a by families.py where they qualify."""
    history.final_code, history.pathway = "", "104c>25b"
    start = expiry + ONE_DAY
    # Some decisions took a while: a Fiktionsbescheinigung bridges the time.
    if rng.random() < 0.3 and start < today - timedelta(days=30):
        bridge_end = add_months(start, rng.randint(1, 6)) - ONE_DAY
        history.add(K.FICTION_CERTIFICATE, start, min(bridge_end, today - ONE_DAY),
                    legal_basis="§ 81 Abs. 4")
        start = min(bridge_end, today - ONE_DAY) + ONE_DAY
    permit_chain(history, start, today, "§ 25b", 24)


def permit_chain(history: HistoryDraft, start: date, today: date, basis: str, months: int):
    """Residence permits renewed without gaps until one runs past today."""
    day = start
    while day <= today:
        end = add_months(day, months) - ONE_DAY
        history.add(K.RESIDENCE_PERMIT, day, end, legal_basis=basis)
        day = end + ONE_DAY


def _fiction(rng: random.Random, history: HistoryDraft, start: date, today: date) -> None:
    day = start
    while day <= today:
        end = add_months(day, rng.choice([3, 3, 6])) - ONE_DAY
        history.add(K.FICTION_CERTIFICATE, day, end, legal_basis="§ 81 Abs. 4")
        day = end + ONE_DAY
