"""Status histories of the persons the office tolerates (pathways.md 7.4).

An adult's history: Aufenthaltsgestattung while the asylum procedure runs (or an expired
permit, or nothing), then a chain of Duldungen renewed every 3 or 6 months (sometimes 1),
with occasional gaps; special kinds (§ 60b, § 60c, § 60d) and the § 104c episode of 2023-2025
on top. Every period ends at least a day before the next one starts.
"""

import random
from datetime import date, timedelta

from wegweiser.cases.models.status import StatusKind as K

from . import asylum
from .drafts import ONE_DAY, HistoryDraft, add_months, random_day
from .pathways104c import chance_104c

P60B_IN_FORCE = date(2019, 8, 21)  # Geordnete-Rückkehr-Gesetz
P60CD_IN_FORCE = date(2020, 1, 1)  # Ausbildungs- und Beschäftigungsduldung in today's form

# Reason of the running Duldung: sonstige ~34 %, fehlende Reisedokumente ~25 %, § 60b ~8 %,
# the rest spread (7.4 says "together ~30 %, split not verified": this split is an assumption).
# Weights are for heads of household; they are tuned so that the shares among *all* tolerated
# persons match (children never get § 60b, § 104c takes long-stayers out of the Duldung).
FINAL_CODES = [
    ("20", 29), ("16", 22), ("79", 13), ("18", 6), ("22", 5), ("36", 4), ("28", 4),
    ("42", 3), ("58", 3), ("64", 3), ("30", 3), ("34", 2),
]
EARLY_CODES = [("16", 45), ("20", 35), ("42", 12), ("34", 4), ("28", 4)]
RENEWAL_MONTHS = [(6, 45), (3, 42), (1, 13)]
RESIDENCE_BEFORE = [  # non-asylum arrivals who once held a permit (visa overstayers etc.)
    ("§ 16b", 3), ("§ 30", 4), ("§ 28", 2), ("§ 18b", 1),
]


def final_code(rng: random.Random) -> str:
    return asylum.pick(rng, FINAL_CODES)


def adult_history(
    rng: random.Random, nationality: str, entry: date, code: str, today: date
) -> HistoryDraft:
    """Gestattung (or permit) first, then the Duldung chain ending in `code` on `today`."""
    history = HistoryDraft(final_code=code)
    duldung_from = _before_duldung(rng, history, nationality, entry, today)
    if code != "79" and rng.random() < chance_104c(entry):
        from .pathways104c import with_104c

        with_104c(rng, history, duldung_from, today)
    else:
        _duldung_until_today(rng, history, duldung_from, code, today)
    return history


def minor_alone_history(rng: random.Random, entry: date, today: date) -> HistoryDraft:
    """Unaccompanied minors: usually no asylum application, Duldung code 30 after clearing."""
    history = HistoryDraft(final_code="30")
    start = entry + timedelta(days=rng.randint(30, 120))
    chain(rng, history, start, today, lambda _day: "30")
    return history


def _before_duldung(
    rng: random.Random, history: HistoryDraft, nationality: str, entry: date, today: date
) -> date:
    """Add Gestattung (85 %) or an expired permit; return the day the first Duldung begins."""
    if rng.random() < 0.85:
        procedure = asylum.procedure(rng, nationality, entry, today)
        history.asylum = procedure
        history.add(K.GESTATTUNG, procedure.application_date, procedure.final_date,
                    legal_basis="§ 55 AsylG")
        # Between finality and the first Duldung: a Grenzübertrittsbescheinigung, no status.
        final = procedure.final_date or today  # clipped procedures always end (asylum._clip)
        return final + timedelta(days=rng.choice([1, 1, 1, 3, 7, 14, 30]))
    if rng.random() < 0.3 and (today - entry).days > 800:
        basis = asylum.pick(rng, RESIDENCE_BEFORE)
        end = min(add_months(entry, rng.randint(12, 36)), today - timedelta(days=200))
        history.add(K.RESIDENCE_PERMIT, entry, max(entry, end), legal_basis=basis)
        return max(entry, end) + timedelta(days=rng.randint(1, 60))
    return entry + timedelta(days=rng.randint(7, 120))


def _duldung_until_today(
    rng: random.Random, history: HistoryDraft, start: date, code: str, today: date
) -> None:
    if code == "79":
        _with_special(rng, history, start, today, K.DULDUNG_60B, _start_60b(rng, start, today))
    elif code == "58":
        _with_special(rng, history, start, today, K.DULDUNG_60C, _start_60c(rng, start, today))
    elif code == "64":
        _with_special(rng, history, start, today, K.DULDUNG_60D, _start_60d(rng, start, today))
    else:
        plain_chain(rng, history, start, code, today)


def plain_chain(rng: random.Random, history: HistoryDraft, start: date, code: str, today: date):
    """A Duldung chain whose first months may carry another reason (e.g. § 80 Abs. 5 VwGO)."""
    early = asylum.pick(rng, EARLY_CODES)
    switch = random_day(rng, start, start + (today - start) / 3)
    chain(rng, history, start, today, lambda day: early if day < switch else code)


def _with_special(rng, history, start, today, kind, special_start) -> None:
    """Plain Duldungen up to `special_start`, then the special kind up to today."""
    if special_start is None:  # too recent for § 60b/c/d: an ordinary "sonstige Gründe"
        history.final_code = "20"
        plain_chain(rng, history, start, "20", today)
        return
    chain(rng, history, start, special_start - ONE_DAY, lambda _day: "16", cut=True)
    history.special_start = special_start
    if kind == K.DULDUNG_60B:
        chain(rng, history, special_start, today, lambda _day: "79", kind=kind)
    elif kind == K.DULDUNG_60C:
        months = rng.choice([24, 36, 36, 42])  # the length of the vocational training
        history.add(kind, special_start, add_months(special_start, months) - ONE_DAY,
                    azr_reason_code="58", legal_basis="§ 60c")
    else:
        history.add(kind, special_start, add_months(special_start, 30) - ONE_DAY,
                    azr_reason_code="64", legal_basis="§ 60d")


def _start_60b(rng, duldung_from: date, today: date) -> date | None:
    first = max(P60B_IN_FORCE, duldung_from + timedelta(days=90))
    return random_day(rng, first, today - timedelta(days=20)) if first < today else None


def _start_60c(rng, duldung_from: date, today: date) -> date | None:
    # § 60c needs three months of Duldung; training still running today.
    first = max(P60CD_IN_FORCE, duldung_from + timedelta(days=92), today - timedelta(days=700))
    return random_day(rng, first, today - timedelta(days=30)) if first < today else None


def _start_60d(rng, duldung_from: date, today: date) -> date | None:
    # § 60d needs twelve months of Duldung and lasts 30 months.
    first = max(P60CD_IN_FORCE, duldung_from + timedelta(days=366), today - timedelta(days=880))
    return random_day(rng, first, today - timedelta(days=30)) if first < today else None


def chain(rng, history, start: date, until: date, code_on, kind=K.DULDUNG, cut=False) -> None:
    """Renewed Duldungen from `start` until one runs past `until`.

    With `cut` the last one ends exactly on `until` (a status change follows); otherwise
    about 1.5 % lapse shortly before today: the renewal is pending, the chain looks broken.
    """
    months = asylum.pick(rng, RENEWAL_MONTHS)
    lapsed = not cut and rng.random() < 0.015
    day = start
    while day <= until:
        length = months if rng.random() < 0.8 else asylum.pick(rng, RENEWAL_MONTHS)
        end = add_months(day, length) - ONE_DAY
        if cut and end >= until:
            end = until
        if lapsed and end >= until:
            break
        basis = "§ 60b" if kind == K.DULDUNG_60B else "§ 60a Abs. 2 Satz 1"
        history.add(kind, day, end, azr_reason_code=code_on(day), legal_basis=basis)
        day = end + ONE_DAY + timedelta(days=_gap(rng))


def _gap(rng: random.Random) -> int:
    """Days without a valid document between two Duldungen: mostly none, rarely months."""
    draw = rng.random()
    if draw < 0.88:
        return 0
    if draw < 0.98:
        return rng.randint(1, 14)
    if draw < 0.995:
        return rng.randint(15, 90)
    return rng.randint(93, 200)  # breaks the chain (> 3 months)
