"""Households: a head of household, perhaps a spouse and children, with linked histories.

Family members share the head's path: a spouse arrived with the head and went through the
same procedure; children born abroad arrived with them, children born here enter the history
on their birthday (Gestattung by § 14a AsylG while the parents' procedure ran). Teenagers with
years of school here may have their own § 25a permit while their parents stay tolerated.
"""

import random
from dataclasses import replace
from datetime import date, timedelta

from wegweiser.cases.models.person import DatePrecision, Sex
from wegweiser.cases.models.status import StatusKind as K

from . import histories, people
from .asylum import pick
from .data.nationality_mix import Origin
from .drafts import (
    ONE_DAY,
    AsylumDraft,
    HistoryDraft,
    HouseholdDraft,
    PeriodDraft,
    PersonDraft,
    add_years,
    random_day,
)
from .pathways104c import permit_chain

# What the family members' periods become when the head's are special.
SPOUSE_KINDS = {
    K.DULDUNG_60B: ("duldung", "16"),  # only where the spouse's own identity is clarified
    K.DULDUNG_60C: ("duldung", "18"),
    K.DULDUNG_60D: ("duldung", "82"),  # § 60d Abs. 1: spouse of the holder
}
CHILD_KINDS = {
    K.DULDUNG_60B: ("duldung", "20"),  # § 60b does not reach children for their parents' acts
    K.DULDUNG_60C: ("duldung", "18"),
    K.DULDUNG_60D: ("duldung", "70"),  # § 60d Abs. 2: minor children of the holder
}
FAMILY_BASES = {"§ 25b": "§ 25b Abs. 4"}


def household(rng: random.Random, origin: Origin, today: date, towns: int) -> HouseholdDraft:
    code = histories.final_code(rng)
    if code == "30":
        return HouseholdDraft(_minor_alone(rng, origin, today), town=towns)
    kind = pick(rng, people.HOUSEHOLD_KINDS) if rng.random() < origin.family_rate else "single"
    head_sex = _head_sex(rng, kind)
    entry = people.entry_date(rng, today)
    head = _adult(rng, origin, head_sex, entry, people.adult_birth(rng, entry), "head")
    head.history = histories.adult_history(rng, origin.code, entry, code, today)
    home = HouseholdDraft(head, town=towns)
    if kind in ("couple", "couple_children"):
        home.spouse = _spouse(rng, origin, head)
    if kind in ("couple_children", "single_parent"):
        mother = head if head.sex == Sex.FEMALE else (home.spouse or head)
        count = pick(rng, people.CHILDREN_COUNT)
        home.children = [_child(rng, origin, head, mother, today) for _ in range(count)]
        _youth_permits(rng, home, today)
    return home


def _head_sex(rng: random.Random, kind: str) -> str:
    if kind == "single_parent":
        return Sex.FEMALE if rng.random() < 0.8 else Sex.MALE
    if kind == "single":
        return Sex.MALE if rng.random() < 0.8 else Sex.FEMALE
    return Sex.MALE if rng.random() < 0.85 else Sex.FEMALE


def _adult(rng, origin, sex, entry, birth, role, family_name=None) -> PersonDraft:
    group = people.name_group(rng, origin)
    family = family_name or rng.choice(group.family)
    given = people.given_names(rng, group, sex)
    birth, precision = people.birth_precision(rng, origin, birth)
    return PersonDraft(
        role=role, family_name=family, given_names=given, sex=sex,
        nationality=origin.code, birth_date=birth, birth_precision=precision, entry_date=entry,
        variants=people.variants(rng, origin, family, given, group),
    )


def _minor_alone(rng: random.Random, origin: Origin, today: date) -> PersonDraft:
    entry = today - timedelta(days=rng.randint(150, 900))
    birth = entry - timedelta(days=rng.randint(14 * 365, 17 * 365))
    birth = max(birth, add_years(today, -18) + timedelta(days=30))
    person = _adult(rng, origin, Sex.MALE if rng.random() < 0.9 else Sex.FEMALE, entry,
                    birth, "head")
    person.history = histories.minor_alone_history(rng, entry, today)
    return person


def _spouse(rng: random.Random, origin: Origin, head: PersonDraft) -> PersonDraft:
    sex = Sex.FEMALE if head.sex == Sex.MALE else Sex.MALE
    shift = rng.randint(0, 6) * (-1 if sex == Sex.FEMALE else 1)
    birth = add_years(head.birth_date, -shift) + timedelta(days=rng.randint(-180, 180))
    birth = min(birth, add_years(head.entry_date, -17))
    # Wives often keep their own family name (Arabic, Persian, Turkish files) -- or not.
    same_name = rng.random() < 0.5
    spouse = _adult(rng, origin, sex, head.entry_date, birth, "spouse",
                    head.family_name if same_name else None)
    spouse.history = follow(head.history, head.entry_date, SPOUSE_KINDS, keep_60b=rng.random())
    return spouse


def _child(rng, origin, head: PersonDraft, mother: PersonDraft, today: date) -> PersonDraft:
    birth = people.child_birth(rng, mother.birth_date, today)
    born_here = birth > head.entry_date
    sex = Sex.FEMALE if rng.random() < 0.49 else Sex.MALE
    child = _adult(rng, origin, sex, birth if born_here else head.entry_date, birth, "child",
                   head.family_name)
    if born_here:  # a German birth certificate: the day is known
        child.birth_date, child.birth_precision, child.born_here = birth, DatePrecision.DAY, True
    child.history = follow(head.history, child.entry_date, CHILD_KINDS, keep_60b=0.0)
    return child


def follow(source: HistoryDraft, arrival: date, kinds: dict, keep_60b: float) -> HistoryDraft:
    """The head's periods from `arrival` on, with special kinds mapped for family members."""
    history = HistoryDraft(final_code=source.final_code, pathway=source.pathway)
    for period in source.periods:
        if period.end is not None and period.end < arrival:
            continue
        copy = PeriodDraft(period.kind, max(period.start, arrival), period.end,
                           period.legal_basis, period.azr_reason_code, period.note)
        if copy.kind in kinds and (copy.kind != K.DULDUNG_60B or keep_60b < 0.5):
            copy.kind, copy.azr_reason_code = kinds[copy.kind]
            copy.legal_basis = "§ 60a Abs. 2 Satz 1"
        copy.legal_basis = FAMILY_BASES.get(copy.legal_basis, copy.legal_basis)
        history.periods.append(copy)
    if source.asylum and arrival <= (source.asylum.final_date or arrival):
        history.asylum = _own_application(source.asylum, arrival)
    return history


def _own_application(asylum: AsylumDraft, arrival: date) -> AsylumDraft:
    applied = max(asylum.application_date, arrival + timedelta(days=14))
    if asylum.final_date and applied > asylum.final_date:
        applied = arrival
    return replace(asylum, application_date=applied)


def _youth_permits(rng: random.Random, home: HouseholdDraft, today: date) -> None:
    """§ 25a for some teenagers/young adults with three years here while parents are tolerated."""
    if home.head.history.final_code == "":
        return
    for child in home.children:
        age = (today - child.birth_date).days / 365.25
        if not 15 <= age < 27 or (today - child.entry_date).days < 3 * 365 or rng.random() > 0.3:
            continue
        first = max(add_years(child.entry_date, 3), add_years(child.birth_date, 14),
                    date(2023, 1, 1))
        if first >= today - timedelta(days=60):
            continue
        granted = random_day(rng, first, today - timedelta(days=60))
        child.history.truncate(granted)
        permit_chain(child.history, granted, today, "§ 25a", 36)
        child.history.final_code, child.history.pathway = "", "25a"
        child.history.special_start = granted
        if granted < add_years(child.birth_date, 18):
            _parents_code_14(home, granted)


def _parents_code_14(home: HouseholdDraft, granted: date) -> None:
    """Parents of a minor § 25a holder are tolerated under § 60a Abs. 2b (AZR code 14)."""
    for parent in (home.head, home.spouse):
        if parent is None:
            continue
        for period in parent.history.periods:
            if period.kind == K.DULDUNG and period.start >= granted + ONE_DAY:
                period.azr_reason_code = "14"
