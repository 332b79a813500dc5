"""The demo's training and conviction details (demo/fact_details.py) over many drafts: most
contracts registered, a training that ran its course mostly passed, assistant trainings with
and without a bottleneck commitment, convictions mostly intentional - and every kind of
answer, unknown included, occurs."""

import random
from collections import Counter
from datetime import date

from wegweiser.demo.drafts import HouseholdDraft, PersonDraft
from wegweiser.demo.fact_details import household_details

TODAY = date(2026, 3, 1)


def _household() -> HouseholdDraft:
    person = PersonDraft("head", "Tesfaye", "Dawit", "m", "ERI", date(2000, 1, 1), "day",
                         date(2016, 1, 1))
    person.facts = [
        ("training", {"start": date(2025, 8, 1), "end": None, "kind": "assistant"}),
        ("training", {"start": date(2020, 8, 1), "end": date(2023, 8, 1), "kind": "qualified"}),
        ("training", {"start": date(2019, 8, 1), "end": date(2020, 2, 1), "kind": "qualified"}),
        ("conviction", {"offence": "Körperverletzung (§ 223 StGB)"}),
        ("conviction", {"offence": "Diebstahl (§ 242 StGB)"}),
    ]
    person.assessment = {}
    return HouseholdDraft(head=person)


def _draw(count=600) -> list[PersonDraft]:
    rng = random.Random(1)
    homes = [_household() for _ in range(count)]
    for home in homes:
        household_details(rng, home, TODAY)
    return [home.head for home in homes]


def _answers(persons, index: int, field: str) -> Counter:
    return Counter(p.facts[index][1][field] for p in persons)


def test_contracts_are_mostly_registered_and_sometimes_unknown():
    registered = _answers(_draw(), 1, "contract_registered")
    assert registered[True] > 0.7 * sum(registered.values())
    assert registered[False] and registered[None]


def test_a_training_that_ran_its_course_is_mostly_passed_a_broken_off_one_not():
    persons = _draw()
    finished, broken, running = (_answers(persons, i, "completed") for i in (1, 2, 0))
    assert finished[True] > 0.75 * sum(finished.values()) and finished[None]
    assert broken[True] == 0 and broken[False] > 0.7 * sum(broken.values())
    assert set(running) == {None}


def test_assistant_trainings_come_with_and_without_a_bottleneck_commitment():
    persons = _draw()
    commitment = Counter(p.facts[0][1]["bottleneck_commitment"] for p in persons
                         if p.facts[0][1]["kind"] == "assistant")
    assert commitment[True] > commitment[False] > 0 and commitment[None] > 0
    assert set(_answers(persons, 1, "bottleneck_commitment")) == {None}  # qualified: not asked


def test_convictions_are_mostly_intentional_and_negligent_ones_are_named_so():
    persons = _draw()
    assault = [p.facts[3][1] for p in persons]
    negligent = [c for c in assault if c["intentional"] is False]
    assert 0.2 * len(assault) < len(negligent) < 0.6 * len(assault)
    assert {c["offence"] for c in negligent} == {"Fahrlässige Körperverletzung (§ 229 StGB)"}
    theft = _answers(persons, 4, "intentional")
    assert theft[False] == 0 and theft[True] > 0.8 * len(persons) and theft[None] > 0


def test_most_assessments_declare_the_training_records_complete():
    complete = Counter(p.assessment["training_complete"] for p in _draw())
    assert set(complete) == {True, None} and complete[True] > 0.8 * sum(complete.values())
