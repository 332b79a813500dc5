"""School careers of children and young adults in the district (NRW school system).

Primary school from the August after the sixth birthday to age ten, then a secondary school;
teenagers who arrive at 16 or later go to an international class at the Berufskolleg. These
records are what § 25a (school success) and § 25b Abs. 1 Nr. 5 (children's school) look at.
"""

import random
from datetime import date, timedelta

from .data.facts_data import QUALIFICATIONS, SCHOOL_KINDS_SECONDARY
from .drafts import PersonDraft, add_years

SCHOOL_START_AGE, SECONDARY_AGE, VOCATIONAL_ARRIVAL_AGE = 6, 10, 16


def school_records(rng: random.Random, person: PersonDraft, town: str, today: date) -> list:
    arrival = person.entry_date + timedelta(days=rng.randint(14, 60))
    segments = _segments(rng, person.birth_date, arrival, town)
    records = []
    for start, end, school, kind in segments:
        start = max(start, arrival)
        if start >= today or end <= start:
            continue
        finished = end < today
        records.append({
            "start": start,
            "end": end if finished else None,
            "school": school,
            "qualification": QUALIFICATIONS[kind] if finished and rng.random() < 0.8 else "",
            "evidence": f"Schulbescheinigung, Bl. {rng.randint(20, 400)} d. A.",
        })
    return records


def _segments(rng: random.Random, birth: date, arrival: date, town: str) -> list[tuple]:
    age_at_arrival = (arrival - birth).days / 365.25
    if age_at_arrival >= VOCATIONAL_ARRIVAL_AGE:
        start = arrival
        end = add_years(_school_year_start(start), rng.choice([1, 2, 2, 3])) - timedelta(days=1)
        return [(start, end, "Berufskolleg des Kreises, Internationale Förderklasse",
                 "Berufskolleg")]
    primary_start = _school_year_start(add_years(birth, SCHOOL_START_AGE))
    secondary_start = _school_year_start(add_years(birth, SECONDARY_AGE))
    kind = _pick(rng, SCHOOL_KINDS_SECONDARY)
    years = 9 if kind == "Gymnasium" else rng.choice([6, 6, 7])
    return [
        (primary_start, secondary_start - timedelta(days=1), f"Grundschule {town}", "Hauptschule"),
        (secondary_start, add_years(secondary_start, years) - timedelta(days=1),
         f"{_article(kind)} {town}", kind),
    ]


def _school_year_start(day: date) -> date:
    """NRW school years start on 1 August (simplified)."""
    start = date(day.year, 8, 1)
    return start if start >= day else date(day.year + 1, 8, 1)


def _article(kind: str) -> str:
    return {"Gymnasium": "Städtisches Gymnasium", "Gesamtschule": "Gesamtschule"}.get(
        kind, f"Städtische {kind}"
    )


def _pick(rng: random.Random, weighted: list[tuple]):
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]
