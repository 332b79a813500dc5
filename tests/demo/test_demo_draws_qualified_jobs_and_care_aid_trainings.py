"""The demo gives § 19d Abs. 1 Nr. 1 a and c something to decide: most helper trainings are a
state-recognised Pflegehilfe, some another assistant training; jobs after a passed qualified
training are mostly qualified employment (§ 2 Abs. 12b), other jobs mostly helper jobs - and
yes, no and unknown all occur.  The same seed draws the same answers."""

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
        ("employment", {"start": date(2019, 1, 1), "end": date(2020, 6, 30)}),
        ("employment", {"start": date(2023, 9, 1), "end": None}),
        ("training", {"start": date(2025, 8, 1), "end": None, "kind": "care_aid",
                      "occupation": "Altenpflegehelfer/in (1 Jahr)"}),
        ("training", {"start": date(2020, 8, 1), "end": date(2023, 8, 1), "kind": "qualified"}),
    ]
    person.assessment = {}
    return HouseholdDraft(head=person)


def _draw(seed=1, count=600) -> list[PersonDraft]:
    rng = random.Random(seed)
    homes = [_household() for _ in range(count)]
    for home in homes:
        household_details(rng, home, TODAY)
    return [home.head for home in homes]


def test_helper_trainings_are_mostly_pflegehilfe_and_sometimes_another_assistant_training():
    trainings = [p.facts[2][1] for p in _draw()]
    kinds = Counter(t["kind"] for t in trainings)

    assert kinds["care_aid"] > 0.5 * len(trainings) and kinds["assistant"] > 0.15 * len(trainings)
    assert {t["occupation"] for t in trainings if t["kind"] == "assistant"} == {
        "Hauswirtschaftshelfer/in (1 Jahr)"}
    commitment = Counter(t["bottleneck_commitment"] for t in trainings if t["kind"] == "care_aid")
    assert commitment[True] and commitment[False] and commitment[None]


def test_a_job_after_a_passed_qualified_training_is_mostly_qualified_employment():
    persons = _draw()
    after = Counter(p.facts[1][1]["qualified"] for p in persons
                    if p.facts[3][1]["completed"] is True)
    before = Counter(p.facts[0][1]["qualified"] for p in persons)

    assert after[True] > 0.6 * sum(after.values())
    assert before[False] > 0.7 * sum(before.values()) and before[True] and before[None]


def test_the_same_seed_draws_the_same_answers():
    def answers(seed):
        return [[values.get("qualified", values.get("kind")) for _kind, values in p.facts]
                for p in _draw(seed, count=50)]

    assert answers(3) == answers(3) != answers(4)
