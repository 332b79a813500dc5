"""One office's households, complete with facts, file numbers and AZR numbers – no database.

Every random choice comes from one random.Random seeded with the seed and the office, in a
fixed order, so the same seed always produces the same district (whatever the batch size).
The legal assessments draw from a second stream of their own: tuning them leaves the persons,
histories and facts of a seed unchanged; the details of trainings and convictions (and the
assessment's "training complete") from a third; whether school was attended successfully
from a fourth.
"""

import random
from collections.abc import Iterator
from datetime import date, timedelta

from . import assessments, convictions, fact_details, facts, families, identity, people, school
from .data.district import OfficeSpec
from .data.facts_data import FOLLOW_UP_REASONS
from .drafts import HouseholdDraft, PersonDraft

FOLLOW_UP_SHARE = 0.05


class OfficeGenerator:
    def __init__(self, office: OfficeSpec, seed: int, today: date, employers: list[str]):
        self.office = office
        self.today = today
        self.employers = employers
        self.rng = random.Random(f"wegweiser-demo:{seed}:{office.short_name}")
        self.assessment_rng = random.Random(f"wegweiser-demo-assessment:{seed}:{office.short_name}")
        self.details_rng = random.Random(f"wegweiser-demo-details:{seed}:{office.short_name}")
        self.school_rng = random.Random(f"wegweiser-demo-school:{seed}:{office.short_name}")
        self.town_weights = [inhabitants for _, _, inhabitants in office.towns]
        self.file_counters: dict[int, int] = {}
        self.azr_numbers: set[str] = set()

    def households(self, count: int) -> Iterator[HouseholdDraft]:
        for _ in range(count):
            yield self.household()

    def household(self) -> HouseholdDraft:
        rng = self.rng
        origin = people.pick_origin(rng)
        town = rng.choices(range(len(self.office.towns)), self.town_weights)[0]
        home = families.household(rng, origin, self.today, town)
        town_name = self.office.towns[town][0]
        for member in home.members():
            self._complete(member, home, town_name)
        home.head.follow_ups = self._follow_ups(home.head)
        assessments.household_assessments(self.assessment_rng, home, self.today)
        fact_details.household_details(self.details_rng, home, self.today, self.school_rng)
        return home

    def _complete(self, person: PersonDraft, home: HouseholdDraft, town: str) -> None:
        rng, today = self.rng, self.today
        person.file_number = self._file_number(person)
        person.azr_number = self._azr_number()
        if person.role == "child":
            person.identity = identity.child_facts(rng, person, home.head.identity, today)
            person.facts = [("school", r) for r in school.school_records(rng, person, town, today)]
            if facts.age_on(person, today) >= 18:
                person.facts += facts.adult_facts(rng, person, today, self.employers)
        else:
            person.identity = identity.person_facts(rng, person, today)
            person.facts = facts.adult_facts(rng, person, today, self.employers)
            if facts.age_on(person, today) < 21:
                person.facts += [("school", r) for r in school.school_records(rng, person, town,
                                                                               today)]
        person.facts += [("cooperation", s) for s in identity.cooperation_steps(rng, person, today)]
        found = convictions.convictions(rng, person, today)
        person.facts += [("conviction", c) for c in found]
        person.identity["criminal_record_known"] = convictions.record_known(rng, person, bool(found), today)

    def _file_number(self, person: PersonDraft) -> str:
        """Aktenzeichen "RW-32.1-2019-004711": office unit, year the file was opened, number."""
        year = person.entry_date.year
        if year not in self.file_counters:
            self.file_counters[year] = self.rng.randint(100, 900)
        self.file_counters[year] += self.rng.randint(1, 12)  # other files were opened between
        return f"{self.office.file_prefix}-{year}-{self.file_counters[year]:06d}"

    def _azr_number(self) -> str:
        while True:
            number = f"{self.rng.randint(10**11, 10**12 - 1)}"
            if number not in self.azr_numbers:
                self.azr_numbers.add(number)
                return number

    def _follow_ups(self, head: PersonDraft) -> list[dict]:
        if self.rng.random() >= FOLLOW_UP_SHARE:
            return []
        due = self.today + timedelta(days=self.rng.randint(-60, 90))
        done = due < self.today and self.rng.random() < 0.3  # the rest is overdue
        return [{"due_date": due, "reason": self.rng.choice(FOLLOW_UP_REASONS), "done": done}]
