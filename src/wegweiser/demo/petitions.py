"""§ 23a petitions of the demo district: 1–3 a year since 2021 and two received in the last
months, still before the commission (so the case page shows a suspended removal).

A petition goes to a long-tolerated adult. Older petitions have the commission's outcome
(data/practice.PETITION_OUTCOMES); after a Härtefallersuchen the ministry orders and the office
decides on a § 23a permit (a grant rewrites the history like any other grant).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from wegweiser.cases.models.status import StatusKind as K

from . import asylum
from .data import practice as P
from .drafts import HouseholdDraft, PersonDraft, random_day
from .facts import age_on

if TYPE_CHECKING:
    from .practice import ApplicationDraft, ApprovalDraft, PracticePlanner

PENDING_DAYS = 150  # a petition younger than this is still before the commission
RECENT = 2  # petitions of the last months in a district of 1,000 households or more


@dataclass
class PetitionDraft:
    received: date
    filed_by: str
    informed: date
    statement_due: date
    statement_sent: date | None = None
    statement: str = ""
    outcome: str = "pending"
    decided: date | None = None
    ministry_order: date | None = None
    application: "ApplicationDraft | None" = None  # the office's § 23a decision
    removal_request: "ApprovalDraft | None" = None
    note: str = ""

    @property
    def pending(self) -> bool:
        return self.outcome == "pending"


@dataclass
class PetitionPlanner:
    owner: "PracticePlanner"
    households: int
    slots: list[date] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)  # for the closed petitions, in turn
    placed: int = 0
    removal_asked: bool = False

    def __post_init__(self) -> None:
        rng, today = self.owner.rng, self.owner.today
        for year in range(P.FIRST_YEAR, today.year + 1):
            expected = rng.uniform(*P.PETITIONS_PER_1000) * self.households / 1000
            count = int(expected) + (rng.random() < expected - int(expected))
            last = min(date(year, 12, 31), today - timedelta(days=PENDING_DAYS + 10))
            self.slots += [random_day(rng, date(year, 1, 1), last) for _ in range(count)
                           if last >= date(year, 1, 1)]
        self.outcomes = _shares(len(self.slots), P.PETITION_OUTCOMES)
        rng.shuffle(self.outcomes)
        recent = RECENT if self.households >= 1000 else (1 if self.households >= 100 else 0)
        self.slots += [today - timedelta(days=rng.randint(12, 110)) for _ in range(recent)]

    def place(self, home: HouseholdDraft) -> None:
        """Give one open slot to the household's head if the head fits it."""
        head = home.head
        for slot in self.slots:
            if self._fits(head, slot):
                self.slots.remove(slot)
                head.petitions.append(self._petition(head, slot))
                self.placed += 1
                return

    def _fits(self, person: PersonDraft, day: date) -> bool:
        from .practice import tolerated_since

        since = tolerated_since(person, day)
        # Plain Duldungen from then on: an Ersuchen may end in a § 23a permit (a new history).
        plain = all(p.kind == K.DULDUNG for p in person.history.periods if p.end is None
                    or p.end >= day)
        return (since is not None and plain and (day - since).days >= 4 * 365
                and age_on(person, day) >= 18 and not person.applications_after(day))

    def _petition(self, person: PersonDraft, received: date) -> PetitionDraft:
        rng, today = self.owner.rng, self.owner.today
        informed = received + timedelta(days=rng.randint(5, 20))
        due = informed + timedelta(days=P.STATEMENT_DAYS)
        petition = PetitionDraft(received, rng.choice(P.PETITION_FILERS), informed, due)
        sent = due - timedelta(days=rng.randint(-6, 10))  # now and then a few days late
        if sent <= today - timedelta(days=1):
            petition.statement_sent = sent
            petition.statement = ("Stellungnahme der Ausländerbehörde: Aufenthaltsverlauf, "
                                  "Integration und Ausschlussgründe nach § 5 HFKVO dargelegt.")
        decided = received + timedelta(days=rng.randint(90, 200))
        if received > today - timedelta(days=PENDING_DAYS) or decided > today:
            self._removal_request(petition)
            return petition
        outcome = self.outcomes.pop() if self.outcomes else asylum.pick(rng, P.PETITION_OUTCOMES)
        petition.outcome, petition.decided = outcome, decided
        if petition.outcome == "ersuchen":
            self._after_request(person, petition)
        return petition

    def _removal_request(self, petition: PetitionDraft) -> None:
        """Once in the district: a removal asked for while the commission deals with the case,
        returned by the head of department (the four-eyes rule of the hardship procedure)."""
        from .practice import ApprovalDraft, moment

        if self.removal_asked or petition.statement_sent is None:
            return
        self.removal_asked = True
        asked = petition.statement_sent + timedelta(days=2)
        petition.removal_request = ApprovalDraft(
            "removal", "returned", moment(asked, 9), moment(asked + timedelta(days=1), 16),
            comment="Keine Abschiebung, solange die Härtefallkommission berät; Rücksprache "
                    "mit der Zentralen Ausländerbehörde erfolgt.",
            note="Sammelcharter der Zentralen Ausländerbehörde; Platz für die Person reserviert.")

    def _after_request(self, person: PersonDraft, petition: PetitionDraft) -> None:
        """The ministry orders; the office decides on the § 23a permit (mostly granting)."""
        from .practice import ApplicationDraft, team_of

        rng, today, owner = self.owner.rng, self.owner.today, self.owner
        assert petition.decided is not None
        order = petition.decided + timedelta(days=rng.randint(20, 60))
        if order > today - timedelta(days=10):
            return
        petition.ministry_order = order
        received = order + timedelta(days=rng.randint(0, 10))
        day = received + timedelta(days=rng.randint(20, 50))
        team = team_of(person.family_name, owner.teams)
        if day > owner.last_day:
            person.applications.append(ApplicationDraft(received, "p23a", "post", status="open"))
            return
        granted = rng.random() < P.BASE_RATE["p23a"]
        if granted and not owner.rewrite(person, day, "§ 23a", 12):
            granted = False
        owner.add(person, "p23a", team, received, day, granted=granted)
        petition.application = person.applications[-1]


def _shares(count: int, weighted: list[tuple[str, int]]) -> list[str]:
    """`count` outcomes in the given proportions (largest remainders), not left to chance: a
    district of a few petitions a year should still show each kind of outcome."""
    total = sum(weight for _value, weight in weighted)
    exact = [(value, count * weight / total) for value, weight in weighted]
    result = {value: int(share) for value, share in exact}
    rest = sorted(exact, key=lambda item: item[1] - int(item[1]), reverse=True)
    for value, _share in rest[:count - sum(result.values())]:
        result[value] += 1
    return [value for value, _share in exact for _ in range(result[value])]
