"""Who a person is: origin, name (with spellings), sex, birth date and entry date."""

import random
from datetime import date, timedelta

from wegweiser.cases.models.person import DatePrecision, Sex

from .data.name_group import NameGroup
from .data.nationality_mix import ORIGINS, Origin
from .data.variants import VARIANTS
from .drafts import add_years, random_day

# Years since entry for heads of household (pathways.md 7.4: ~35-45 % >= 5 years,
# ~20-30 % >= 8 years, heavy tail up to > 20 years): (from, to, weight in %).
YEARS_IN_GERMANY = [
    (0.45, 2, 21), (2, 5, 39), (5, 8, 15), (8, 11, 15), (11, 15, 6), (15, 26, 4),
]
CHILDREN_COUNT = [(1, 30), (2, 32), (3, 20), (4, 11), (5, 7)]
MEAN_CHILDREN = sum(n * w for n, w in CHILDREN_COUNT) / sum(w for _, w in CHILDREN_COUNT)
HOUSEHOLD_KINDS = [("couple_children", 60), ("couple", 15), ("single_parent", 25)]

# Generic German-file respellings for names without a curated variant (kh -> ch, y -> j ...).
RESPELLINGS = [
    ("kh", "ch"), ("sh", "sch"), ("ou", "u"), ("y", "j"), ("j", "dsch"), ("ee", "i"),
    ("oo", "u"), ("w", "v"), ("v", "w"), ("q", "k"), ("ph", "f"), ("dh", "d"), ("ai", "ei"),
]


def household_size(origin: Origin) -> float:
    kinds = dict(HOUSEHOLD_KINDS)
    extra = (kinds["couple_children"] * (1 + MEAN_CHILDREN) + kinds["couple"]
             + kinds["single_parent"] * MEAN_CHILDREN) / 100
    return 1 + origin.family_rate * extra


# Shares in ORIGINS count every person; heads are drawn so that households reproduce them.
HEAD_WEIGHTS = [o.share / household_size(o) for o in ORIGINS]


def pick_origin(rng: random.Random) -> Origin:
    return rng.choices(ORIGINS, HEAD_WEIGHTS)[0]


def years_in_germany(rng: random.Random) -> float:
    ranges = [(low, high) for low, high, _ in YEARS_IN_GERMANY]
    low, high = rng.choices(ranges, [w for _, _, w in YEARS_IN_GERMANY])[0]
    return rng.uniform(low, high)


def entry_date(rng: random.Random, today: date) -> date:
    return today - timedelta(days=round(years_in_germany(rng) * 365.25))


def adult_birth(rng: random.Random, entry: date) -> date:
    """Most adults arrived aged 18-35; a triangular spread with its peak at 24."""
    age = rng.triangular(18, 52, 24)
    return entry - timedelta(days=round(age * 365.25) + rng.randint(0, 364))


def birth_precision(rng: random.Random, origin: Origin, birth: date) -> tuple[date, str]:
    """Without civil registries only the year is known; the AZR then stores 1 January."""
    if rng.random() < origin.year_only_birth:
        return date(birth.year, 1, 1), DatePrecision.YEAR
    if rng.random() < 0.01:
        return birth.replace(day=1), DatePrecision.MONTH
    return birth, DatePrecision.DAY


def name_group(rng: random.Random, origin: Origin) -> NameGroup:
    groups, weights = zip(*origin.names, strict=True)
    return rng.choices(groups, weights)[0]


def given_names(rng: random.Random, group: NameGroup, sex: str) -> str:
    pool = group.female if sex == Sex.FEMALE else group.male
    first = rng.choice(pool)
    if rng.random() < 0.18:  # a second given name (often the father's in Arabic files)
        second = rng.choice(pool)
        if second != first:
            return f"{first} {second}"
    return first


def variants(rng: random.Random, origin: Origin, family: str, given: str, group) -> list[str]:
    """Other spellings (and rarely an alias) under which the person is also on file."""
    if rng.random() >= origin.variant_rate:
        return []
    found = []
    for _ in range(rng.choice([1, 1, 1, 2])):
        variant = f"{_respell(rng, given)} {_respell(rng, family)}"
        if variant != f"{given} {family}" and variant not in found:
            found.append(variant)
    if rng.random() < 0.08:  # alias from a Eurodac hit in another member state
        found.append(f"{given.split()[0]} {rng.choice(group.family)}")
    return found


def _respell(rng: random.Random, name: str) -> str:
    return " ".join(_respell_word(rng, word) for word in name.split())


def _respell_word(rng: random.Random, word: str) -> str:
    if word in VARIANTS and rng.random() < 0.85:
        return rng.choice(VARIANTS[word])
    applicable = [(a, b) for a, b in RESPELLINGS if a in word.lower()]
    if not applicable or rng.random() < 0.5:
        return word
    old, new = rng.choice(applicable)
    respelled = word.lower().replace(old, new, 1)
    return respelled[:1].upper() + respelled[1:]


def child_birth(rng: random.Random, mother_birth: date, today: date) -> date:
    """Children up to 24 (adult children often still share the household and the status)."""
    first = max(add_years(mother_birth, 18), add_years(today, -24))
    last = min(add_years(mother_birth, 43), today - timedelta(days=60))
    return random_day(rng, first, max(first, last))
