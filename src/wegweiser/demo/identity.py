"""Person-level facts (identity, passport, findings) and the steps taken to obtain papers.

Unknown is a real answer here: many files simply do not say whether identity is clarified
or whether the criminal record was checked, and the demo keeps a realistic share as None.
"""

import random
from datetime import date, timedelta

from wegweiser.cases.nationalities import STATELESS, UNCLEAR, nationality_name

from .asylum import pick
from .data.facts_data import COOPERATION_STEPS, COUNTRY_STEPS, EMBASSIES
from .drafts import PersonDraft, random_day

# (True, False, None) weights by situation.
IDENTITY = {
    "60b": (0, 100, 0),
    "16": (35, 35, 30),  # often an ID card or birth certificate exists, but no passport
    "permit": (92, 0, 8),  # § 104c/25a/25b holders had to clarify their identity
    "other": (45, 20, 35),
}
PASSPORT = {"60b": (0, 95, 5), "16": (0, 85, 15), "permit": (75, 10, 15), "other": (25, 45, 30)}
TRI = (True, False, None)


def situation(person: PersonDraft) -> str:
    history = person.history
    if history.pathway.startswith("104c") and history.pathway != "104c>duldung":
        return "permit"
    if history.pathway == "25a":
        return "permit"
    if any(p.kind == "duldung_60b" for p in history.periods[-1:]):
        return "60b"
    return "16" if history.final_code == "16" else "other"


def tri(rng: random.Random, weights: tuple[int, int, int]) -> bool | None:
    return pick(rng, _TRI_TABLES.get(weights) or _tri_table(weights))


_TRI_TABLES: dict[tuple[int, int, int], list[tuple[bool | None, int]]] = {}


def _tri_table(weights: tuple[int, int, int]) -> list[tuple[bool | None, int]]:
    """One lasting table per weight triple (pick caches by the table's identity)."""
    return _TRI_TABLES.setdefault(weights, list(zip(TRI, weights, strict=True)))


def person_facts(rng: random.Random, person: PersonDraft, today: date) -> dict:
    kind = situation(person)
    identity = tri(rng, IDENTITY[kind])
    passport = tri(rng, PASSPORT[kind]) if identity is not False else rng.choice([False, None])
    since = random_day(rng, person.entry_date, today) if identity else None
    safe_country_rejection = bool(
        person.history.asylum and person.history.asylum.manifestly_unfounded_ground == "§ 29a AsylG"
    )
    return {
        "identity_clarified": identity,
        "identity_clarified_since": since,
        "passport_held": passport,
        # § 11 Abs. 7: BAMF bans entry after a § 29a rejection in about half of the cases.
        "entry_ban_in_force": _entry_ban(rng, safe_country_rejection),
        "deception_finding": tri(rng, (25, 45, 30) if kind == "60b" else (1, 80, 19)),
        # § 25b Abs. 2 Nr. 1: removal currently prevented by deception or non-cooperation;
        # the office has mostly looked at it (it decides § 25b), § 60b implies it often.
        "obstruction_finding": tri(rng, (60, 30, 10) if kind == "60b" else (2, 91, 7)),
        "fdgo_declaration": True if kind == "permit" else tri(rng, (15, 0, 85)),
    }


def _entry_ban(rng: random.Random, safe_country_rejection: bool) -> bool | None:
    if safe_country_rejection:
        return tri(rng, (50, 44, 6))
    return tri(rng, (2, 94, 4))


def child_facts(rng: random.Random, child: PersonDraft, parent_facts: dict, today) -> dict:
    """Children share their parents' documentary situation; a German birth helps identity."""
    facts = dict(parent_facts)
    if child.born_here and facts["identity_clarified"] is None and rng.random() < 0.5:
        facts["identity_clarified"] = True
    facts["identity_clarified_since"] = (
        random_day(rng, child.entry_date, today) if facts["identity_clarified"] else None
    )
    facts["deception_finding"] = False if rng.random() < 0.9 else None
    # Children do not answer for their parents' conduct; open where the parents' is open.
    facts["obstruction_finding"] = None if parent_facts["obstruction_finding"] is None else False
    facts["fdgo_declaration"] = None
    return facts


def cooperation_steps(rng: random.Random, person: PersonDraft, today: date) -> list[dict]:
    """Steps to obtain a passport, for those who have none (more under § 60b pressure)."""
    if person.identity.get("passport_held") is True or person.role == "child":
        return []
    count = rng.choices([0, 1, 2, 3, 4], [25, 25, 25, 15, 10])[0]
    if not count:
        return []
    first = _first_duldung(person) or person.entry_date
    steps = []
    for day in sorted(random_day(rng, first, today - timedelta(days=1)) for _ in range(count)):
        steps.append({"date": day, "description": _step_text(rng, person.nationality),
                      "evidence": f"Bl. {rng.randint(20, 400)} d. A."})
    return steps


def _first_duldung(person: PersonDraft) -> date | None:
    for period in person.history.periods:
        if period.kind.startswith("duldung"):
            return period.start
    return None


def _step_text(rng: random.Random, nationality: str) -> str:
    if nationality in COUNTRY_STEPS and rng.random() < 0.25:
        return COUNTRY_STEPS[nationality]
    if nationality in (STATELESS, UNCLEAR):  # no state to ask: only the generic steps
        return rng.choice([s for s in COOPERATION_STEPS if "{" not in s])
    country = nationality_name(nationality)
    embassy = EMBASSIES.get(nationality, f"Auslandsvertretung ({country})")
    return rng.choice(COOPERATION_STEPS).format(embassy=embassy, country=country)
