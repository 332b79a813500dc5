"""Integration facts of adults: language, work, training, livelihood.

Shares rise with the years spent here (few have B1 or a job in the first year, many after
eight) and follow the status: § 60d holders work, § 60c holders train, § 60b holders may not
work (§ 60b Abs. 5 Satz 2), § 25b holders met the language and livelihood rules.
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from .data.facts_data import CARE_AID_TRAININGS, QUALIFIED_TRAININGS
from .drafts import PersonDraft, add_months, random_day

LEVELS = [("A1", 28), ("A2", 34), ("B1", 29), ("B2", 9)]
HOURS = [(40, 22), (38.5, 20), (30, 10), (25, 8), (20, 12), (10, 14), (8, 7), (35, 7)]
MINIJOB_HOURS = 12


def years_here(person: PersonDraft, today: date) -> float:
    return (today - person.entry_date).days / 365.25


def age_on(person: PersonDraft, day: date) -> float:
    return (day - person.birth_date).days / 365.25


def adult_facts(rng: random.Random, person: PersonDraft, today: date, employers) -> list:
    """(kind, fields) pairs for one adult; the kinds match load.FACT_MODELS."""
    years = years_here(person, today)
    facts = [("language", f) for f in _language(rng, person, years, today)]
    jobs = _employments(rng, person, years, today, employers)
    facts += [("employment", f) for f in jobs]
    facts += [("training", f) for f in _training(rng, person, years, today, employers)]
    facts += [("livelihood", f) for f in _livelihood(rng, person, jobs, today)]
    return facts


def _language(rng, person: PersonDraft, years: float, today: date) -> list[dict]:
    settled = person.history.pathway in ("104c>25b", "25a")
    chance = 1.0 if settled else min(0.8, 0.08 + 0.09 * years)
    if person.sex == "f" and person.role == "spouse":
        chance *= 0.8  # childcare delays courses
    if rng.random() >= chance:
        return []
    level = "B1" if settled and rng.random() < 0.6 else _pick(rng, LEVELS)
    first = person.entry_date + timedelta(days=300)
    issued = random_day(rng, first, today - timedelta(days=7))
    certificate = {"level": level, "scope": "full" if rng.random() < 0.72 else "oral",
                   "issued": issued, "evidence": _evidence(rng, "Zertifikat")}
    if level in ("B1", "B2") and rng.random() < 0.3 and issued > first + timedelta(days=200):
        earlier = random_day(rng, first, issued - timedelta(days=150))
        return [{**certificate, "level": "A2", "issued": earlier}, certificate]
    return [certificate]


def _employments(rng, person: PersonDraft, years: float, today: date, employers) -> list[dict]:
    if age_on(person, today) >= 63 or person.history.final_code == "30":
        return []
    chance = min(0.6, 0.05 + 0.07 * years) * (0.6 if person.sex == "f" else 1.0)
    pathway = person.history.pathway
    if pathway == "104c>25b" or any(p.kind == "duldung_60d" for p in person.history.periods):
        return [_job_for_60d_or_25b(rng, person, today, employers)]
    if any(p.kind == "duldung_60b" for p in person.history.periods):
        chance = 0.08  # only a past job: § 60b bans employment
    if rng.random() >= chance:
        return []
    # Work is allowed from month four of the asylum procedure at the earliest.
    first = person.entry_date + timedelta(days=rng.randint(100, 700))
    if first >= today - timedelta(days=30):
        return []
    start = random_day(rng, first, today - timedelta(days=30))
    banned = any(p.kind == "duldung_60b" for p in person.history.periods)
    running = not banned and rng.random() < 0.7
    end = None if running else random_day(rng, start + timedelta(days=40), today)
    return [_job(rng, start, end, employers)]


def _job(rng, start: date, end: date | None, employers, hours: float | None = None) -> dict:
    hours = hours if hours is not None else _pick(rng, HOURS)
    insured = hours > MINIJOB_HOURS if rng.random() < 0.95 else None
    return {"start": start, "end": end, "hours_per_week": Decimal(str(hours)),
            "social_insurance": insured, "employer": rng.choice(employers),
            "evidence": _evidence(rng, "Arbeitsvertrag")}


def _job_for_60d_or_25b(rng, person: PersonDraft, today: date, employers) -> dict:
    """§ 60d needs 12 months of insured work before, § 25b mostly secured livelihood."""
    anchor = person.history.special_start or today
    start = random_day(rng, add_months(anchor, -30), add_months(anchor, -13))
    start = max(start, person.entry_date + timedelta(days=100))
    return _job(rng, start, None, employers, hours=rng.choice([40, 38.5, 35, 30, 25]))


def _training(rng, person: PersonDraft, years: float, today: date, employers) -> list[dict]:
    special = person.history.special_start
    if any(p.kind == "duldung_60c" for p in person.history.periods) and special:
        start = special - timedelta(days=rng.randint(0, 30))
        return [_training_row(rng, start, None, employers, qualified=True)]
    young = age_on(person, today) < 35
    if not young or years < 2 or rng.random() >= 0.05:
        return []
    start = random_day(rng, person.entry_date + timedelta(days=500), today - timedelta(days=60))
    finished = rng.random() < 0.4 and start < today - timedelta(days=3 * 365)
    end = add_months(start, 36) if finished else None
    if not finished and rng.random() < 0.25:  # dropped out
        end = random_day(rng, start + timedelta(days=60), today)
    assistant = rng.random() < 0.2
    return [_training_row(rng, start, end, employers, qualified=not assistant)]


def _training_row(rng, start, end, employers, qualified: bool) -> dict:
    """Registration, completion, bottleneck commitment and whether a helper training is a
    Pflegehilfe come later (fact_details.py)."""
    occupation = rng.choice(QUALIFIED_TRAININGS if qualified else CARE_AID_TRAININGS)
    return {"start": start, "end": end, "occupation": occupation,
            "kind": "qualified" if qualified else "care_aid",
            "employer": rng.choice(employers), "evidence": _evidence(rng, "Ausbildungsvertrag")}


def _livelihood(rng, person: PersonDraft, jobs: list[dict], today: date) -> list[dict]:
    """A current assessment for most; a quarter of files has none (unknown)."""
    if rng.random() < 0.25:
        return []
    running = [job for job in jobs if job["end"] is None]
    share = _earnings_share(rng, running[0]["hours_per_week"]) if running else 0
    benefits = share < 100 if rng.random() < 0.93 else None
    since = person.history.periods[0].start if person.history.periods else person.entry_date
    return [{
        "assessed_on": today - timedelta(days=rng.randint(5, 330)),
        "own_earnings_share": share if rng.random() < 0.9 else None,
        "receives_benefits": benefits,
        "benefits_from": since if benefits else None,
        "evidence": _evidence(rng, "Leistungsbescheid"),
    }]


def _earnings_share(rng: random.Random, hours: Decimal) -> int:
    if hours >= 35:
        return rng.choice([100, 100, rng.randint(65, 99)])
    if hours > MINIJOB_HOURS:
        return rng.randint(35, 85)
    return rng.randint(5, 30)


def _pick(rng: random.Random, weighted: list[tuple]):
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]


def _evidence(rng: random.Random, what: str) -> str:
    return f"{what}, Bl. {rng.randint(20, 480)} d. A."
