"""Criminal convictions for a small share of adults.

Mostly small fines in Tagessätze (the thresholds 50/90 TS in §§ 25a, 25b, 104c matter), some
offences only foreigners can commit (§ 95 AufenthG, § 85 AsylG – partly disregarded by the
pathways), very few prison sentences. Erasure dates follow the usual BZRG periods.
"""

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from .data.facts_data import OFFENCES_FOREIGNER, OFFENCES_MINOR, OFFENCES_SERIOUS
from .drafts import PersonDraft, add_years, random_day

CONVICTED_SHARE = 0.07
KINDS = [("small_fine", 60), ("foreigner", 22), ("large_fine", 13), ("prison", 5)]
SMALL_RATES = [10, 15, 20, 25, 30, 40, 50, 60]


def record_known(rng: random.Random, person: PersonDraft, convicted: bool, today: date) -> bool:
    """Whether the BZR extract was evaluated: most files yes (it gates every conviction
    rule: without it the convictions are unknown), some not (yet). Children under 14
    cannot be convicted (§ 19 StGB): their files nearly always say so."""
    if convicted:
        return rng.random() < 0.97
    if person.role != "child":
        return rng.random() < 0.94
    return rng.random() < (0.97 if person.birth_date > add_years(today, -14) else 0.85)


def convictions(rng: random.Random, person: PersonDraft, today: date) -> list[dict]:
    first = max(person.entry_date, add_years(person.birth_date, 14)) + timedelta(days=60)
    if first >= today or rng.random() >= CONVICTED_SHARE:
        return []
    count = rng.choices([1, 2, 3], [78, 17, 5])[0]
    days = sorted(random_day(rng, first, today - timedelta(days=10)) for _ in range(count))
    return [_conviction(rng, person, day) for day in days]


def _conviction(rng: random.Random, person: PersonDraft, day: date) -> dict:
    kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    age = (day - person.birth_date).days / 365.25
    juvenile = age < 18 or (age < 21 and rng.random() < 0.5)
    row: dict[str, Any] = {"date": day, "juvenile": juvenile, "foreigner_specific": False,
           "daily_rates": None, "months": None, "suspended": None,
           "evidence": f"BZR-Auszug, Bl. {rng.randint(20, 400)} d. A."}
    if kind == "prison":
        months = rng.choice([4, 6, 8, 10, 12, 18, 24, 30, 36])
        row.update(offence=rng.choice(OFFENCES_SERIOUS), months=Decimal(months),
                   suspended=months <= 24 and rng.random() < 0.75)
        row["erasure_date"] = add_years(day, 15 if months > 12 else 10)
        return row
    if kind == "foreigner":
        row.update(offence=rng.choice(OFFENCES_FOREIGNER), daily_rates=rng.choice([10, 15, 20, 30]),
                   foreigner_specific=True)
    elif kind == "large_fine":
        row.update(offence=rng.choice(OFFENCES_MINOR), daily_rates=rng.choice([70, 90, 100, 120]))
    else:
        row.update(offence=rng.choice(OFFENCES_MINOR), daily_rates=rng.choice(SMALL_RATES))
    # § 46 Abs. 1 Nr. 1 BZRG: five years for fines up to 90 Tagessätze, otherwise ten.
    row["erasure_date"] = add_years(day, 5 if row["daily_rates"] <= 90 else 10)
    if rng.random() < 0.04:
        row["foreigner_specific"] = None  # file does not say
    return row
