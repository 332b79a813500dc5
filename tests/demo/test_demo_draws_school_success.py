"""The demo gives § 25a Abs. 1 Satz 1 Nr. 2 AufenthG something to decide: school records were
mostly attended successfully (nearly always with a school-leaving qualification), some not,
some unknown - from a stream of their own, so the other details of a seed stay as they were.
The same seed draws the same answers."""

import random
from collections import Counter
from datetime import date

from wegweiser.demo.drafts import HouseholdDraft, PersonDraft
from wegweiser.demo.fact_details import household_details

TODAY = date(2026, 3, 1)


def _household() -> HouseholdDraft:
    person = PersonDraft("head", "Tesfaye", "Dawit", "m", "ERI", date(2008, 1, 1), "day",
                         date(2016, 1, 1))
    person.facts = [
        ("school", {"start": date(2016, 8, 1), "end": date(2018, 7, 31), "qualification": ""}),
        ("school", {"start": date(2018, 8, 1), "end": date(2024, 7, 31),
                    "qualification": "Hauptschulabschluss"}),
        ("school", {"start": date(2024, 8, 1), "end": None, "qualification": ""}),
        ("employment", {"start": date(2025, 1, 1), "end": None}),
    ]
    person.assessment = {}
    return HouseholdDraft(head=person)


def _draw(seed=1, count=600, school_seed=2) -> list[PersonDraft]:
    rng, school_rng = random.Random(seed), random.Random(school_seed)
    homes = [_household() for _ in range(count)]
    for home in homes:
        household_details(rng, home, TODAY, school_rng)
    return [home.head for home in homes]


def _answers(people, index) -> Counter:
    return Counter(p.facts[index][1]["successful"] for p in people)


def test_school_records_are_mostly_successful_and_yes_no_and_unknown_all_occur():
    people = _draw()
    finished, running = _answers(people, 0), _answers(people, 2)

    for answers in (finished, running):
        assert answers[True] > answers[False] > 0 and answers[None] > 0
    with_qualification = _answers(people, 1)
    assert with_qualification[True] > 0.9 * len(people) and with_qualification[False] == 0


def test_the_same_seed_draws_the_same_answers():
    first = [[v.get("successful") for _k, v in p.facts] for p in _draw()]
    again = [[v.get("successful") for _k, v in p.facts] for p in _draw()]

    assert first == again


def test_school_success_leaves_the_other_details_of_a_seed_unchanged():
    jobs = [p.facts[3][1]["qualified"] for p in _draw(school_seed=2)]
    other = [p.facts[3][1]["qualified"] for p in _draw(school_seed=3)]

    assert jobs == other
