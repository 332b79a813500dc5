"""The office's decision history, drawn onto the drafted households (no database).

Three sources, in this order for each person (data/practice.py has the numbers):
1. Grants the status history already holds (§ 104c, § 25a, § 25b, § 60c, § 60d): the permit's
   first day is the decision; the application came in before it (for § 104c on the day the
   legal assessment records). A running Fiktionsbescheinigung after § 104c is an open § 25b
   (or § 25a) application.
2. Norms without a trace in the histories (§ 25 Abs. 5, § 19d, § 16g, and § 25a/§ 25b before
   2023): applications are drawn per tolerated adult and year; the outcome follows the rate of
   the norm, team and period; a grant rewrites the history (a residence permit from then on).
3. Refusals owed to the rates of source 1: each grant leaves (1 - rate) / rate refusals for the
   same norm, team and year, given to the next tolerated persons of that team who fit the norm.

All draws come from one random stream per office, separate from the persons' streams, so the
persons, facts and histories of a seed stay what they were except where a grant rewrites them.
"""

import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from math import exp
from zoneinfo import ZoneInfo

from wegweiser.cases.models.status import StatusKind as K
from wegweiser.cases.names import fold
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID

from . import asylum
from .data import practice as P
from .drafts import ONE_DAY, HouseholdDraft, PersonDraft, random_day
from .facts import age_on
from .pathways104c import permit_chain

BERLIN = ZoneInfo("Europe/Berlin")
TOLERATED = {K.DULDUNG, K.DULDUNG_60B, K.DULDUNG_60C, K.DULDUNG_60D}
DECISION_TYPE = {"bound": "bound", "should": "should", "may": "discretion"}
SUBJECT = {"p60c": "duldung", "p60d": "duldung"}
CHANNELS = [("post", 40), ("in_person", 30), ("counselling", 20), ("online", 10)]


@dataclass
class ApprovalDraft:
    kind: str
    state: str
    requested_at: datetime
    answered_at: datetime | None = None
    comment: str = ""
    note: str = ""
    by_deputy: bool = False  # answered by the head's deputy instead of the head


@dataclass
class DecisionDraft:
    decided_on: date
    outcome: str
    pathway_id: str
    decision_type: str
    team: int
    discretion: str = ""
    reasons: list[str] = field(default_factory=list)
    reason_text: str = ""
    guideline: bool = False  # cites the demo guideline (§ 25 Abs. 5, from GUIDELINE_FROM)
    follows_guideline: bool | None = None
    departure_kind: str = ""
    departure_text: str = ""
    approvals: list[ApprovalDraft] = field(default_factory=list)
    pk: int | None = None  # set when written


@dataclass
class ApplicationDraft:
    received_on: date
    pathway_id: str
    channel: str
    status: str = "decided"
    decision: DecisionDraft | None = None
    note: str = ""

    @property
    def subject(self) -> str:
        return SUBJECT.get(self.pathway_id, "residence_permit")


def team_of(family_name: str, teams: tuple) -> int:
    initial = fold(family_name)[:1].upper()
    for index, (_name, first, last) in enumerate(teams):
        if first <= initial <= last:
            return index
    return len(teams) - 1


def grant_rate(pathway_id: str, team: int, day: date) -> float:
    if pathway_id == "p25_5":
        if day >= P.GUIDELINE_FROM:
            return P.AFTER_GUIDELINE_P25_5[min(team, 2)]
        return P.STRICT_P25_5 if team == P.STRICT_TEAM else P.BASE_RATE["p25_5"] + 0.02 * team
    rate = P.BASE_RATE[pathway_id]
    rate += P.TEAM_SHIFT.get(pathway_id, (0.0, 0.0, 0.0))[min(team, 2)]
    rate += P.YEAR_SHIFT.get(pathway_id, {}).get(day.year, 0.0)
    return min(0.97, max(0.05, rate))


def period_at(person: PersonDraft, day: date):
    for period in person.history.periods:
        if period.start <= day and (period.end is None or period.end >= day):
            return period
    return None


def tolerated_chains(person: PersonDraft) -> list[tuple[date, date | None]]:
    """(first day, last day or None) of each unbroken run of Duldungen."""
    chains: list[tuple[date, date | None]] = []
    start = None
    end: date | None = None
    for period in person.history.periods:
        if period.kind in TOLERATED:
            start, end = start or period.start, period.end
        elif start is not None:
            chains.append((start, end))
            start = None
    if start is not None:
        chains.append((start, end))
    return chains


def tolerated_since(person: PersonDraft, day: date,
                    chains: list[tuple[date, date | None]] | None = None) -> date | None:
    """Start of the Duldung chain running on `day` (a gap of a few days does not break it)."""
    for start, end in chains if chains is not None else tolerated_chains(person):
        if start <= day and (end is None or end >= day):
            return start
    return None


def _running(person: PersonDraft, kind: str, day: date) -> bool:
    for fact_kind, values in person.facts:
        if fact_kind == kind and values.get("start") and values["start"] <= day and (
                values.get("end") is None or values["end"] >= day):
            return True
    return False


def fits(person: PersonDraft, pathway_id: str, day: date,
         chains: list[tuple[date, date | None]] | None = None) -> bool:
    """Could this person have applied for the norm on `day` (tolerated, age, facts)?"""
    since = tolerated_since(person, day, chains)
    if since is None:
        return False
    age = age_on(person, day)
    return _FITS[pathway_id](person, day, since, age) if pathway_id in _FITS else False


def _years_here(person: PersonDraft, day: date) -> float:
    return (day - person.entry_date).days / 365.25


# Per norm: tolerated on the day (checked before), and age, time and facts that make an
# application plausible. One function each, so that only the asked norm is looked at.
_FITS = {
    "p25_5": lambda p, d, since, age: age >= 18 and (d - since).days >= 365,
    "p25b": lambda p, d, since, age: age >= 18 and _years_here(p, d) >= 6,
    "p25b_4": lambda p, d, since, age: age >= 18 and p.role == "spouse",
    "p25a": lambda p, d, since, age: 14 <= age < 27 and _years_here(p, d) >= 3,
    "p104c": lambda p, d, since, age: (date(2023, 1, 1) <= d <= date(2025, 12, 31)
                                       and _years_here(p, d) >= 5),
    "p60d": lambda p, d, since, age: 18 <= age < 60 and _running(p, "employment", d),
    "p60c": lambda p, d, since, age: 16 <= age < 35 and (_running(p, "training", d)
                                                         or _running(p, "school", d)),
    "p19d": lambda p, d, since, age: 18 <= age < 60 and any(
        k in ("training", "employment") for k, _v in p.facts),
    "p16g": lambda p, d, since, age: 16 <= age < 35 and _running(p, "training",
                                                                d + timedelta(days=60)),
}


class PracticePlanner:
    """Attaches applications (with decisions and approvals) to the persons of each household."""

    def __init__(self, seed: int, office: str, today: date, households: int,
                 teams: tuple = P.TEAMS):
        self.rng = random.Random(f"wegweiser-demo-practice:{seed}:{office}")
        self.today, self.teams = today, teams
        self.last_day = today - timedelta(days=3)
        # Refusals owed by grants of the history: (pathway, team, year) -> count.
        self.owed: dict[tuple[str, int, int], float] = defaultdict(float)
        from .petitions import PetitionPlanner

        self.petitions = PetitionPlanner(self, households)

    def plan(self, homes: Iterator[HouseholdDraft]) -> Iterator[HouseholdDraft]:
        for home in homes:
            for person in home.members():
                self._person(person)
            self.petitions.place(home)
            yield home

    def _person(self, person: PersonDraft) -> None:
        team = team_of(person.family_name, self.teams)
        self._from_history(person, team)
        self._drawn(person, team)
        self._owed_refusals(person, team)

    # 1. Grants in the history

    def _from_history(self, person: PersonDraft, team: int) -> None:
        previous = None
        for index, period in enumerate(person.history.periods):
            basis = period.legal_basis.strip()
            pathway = P.FROM_HISTORY.get(basis)
            continues = previous is not None and previous.legal_basis.strip() == basis and (
                previous.kind == period.kind)
            previous = period
            if pathway is None or continues or not P.FIRST_YEAR <= period.start.year or (
                    period.start > self.today):
                continue
            received = self._received_for(person, pathway, index)
            self.add(person, pathway, team, received, period.start, granted=True)
            rate = grant_rate(pathway, team, period.start)
            self.owed[(pathway, team, period.start.year)] += (1 - rate) / rate
        self._open_after_104c(person)

    def _received_for(self, person: PersonDraft, pathway: str, index: int) -> date:
        start = person.history.periods[index].start
        if pathway == "p104c" and person.assessment:
            applied = person.assessment.get("p104c_application_date")
            if applied and applied < start:
                return applied
        bridge = index
        while bridge > 0 and person.history.periods[bridge - 1].kind == K.FICTION_CERTIFICATE:
            bridge -= 1  # a Fiktionsbescheinigung: the application came before it
        if bridge < index:
            return person.history.periods[bridge].start - timedelta(days=self.rng.randint(5, 45))
        return start - timedelta(days=self._duration(pathway, team=0, day=start))

    def _open_after_104c(self, person: PersonDraft) -> None:
        """A Fiktionsbescheinigung running today: the § 25b/§ 25a application is still open."""
        periods = person.history.periods
        current = period_at(person, self.today)
        if current is None or current.kind != K.FICTION_CERTIFICATE:
            return
        index = periods.index(current)
        while index > 0 and periods[index - 1].kind == K.FICTION_CERTIFICATE:
            index -= 1
        received = periods[index].start - timedelta(days=self.rng.randint(5, 45))
        pathway = "p25a" if age_on(person, received) < 27 else "p25b"
        person.applications.append(ApplicationDraft(received, pathway, self._channel(),
                                                    status="open"))

    # 2. Norms drawn per year

    def _drawn(self, person: PersonDraft, team: int) -> None:
        chains = tolerated_chains(person)
        for year in range(P.FIRST_YEAR, self.today.year + 1):
            first_day, last_day = date(year, 1, 1), min(date(year, 12, 31), self.last_day)
            if not any(s <= last_day and (e is None or e >= first_day) for s, e in chains):
                continue
            for pathway, (per_mille, first, last, basis, months) in P.DRAWN.items():
                low, high = max(first, first_day), min(last or last_day, last_day)
                if low > high:
                    continue
                day = random_day(self.rng, low, high)
                if not fits(person, pathway, day, chains) or (
                        self.rng.random() >= per_mille / 1000):
                    continue
                granted = self.rng.random() < grant_rate(pathway, team, day)
                if granted and not self.rewrite(person, day, basis, months):
                    continue  # the history cannot take the permit (a later special status)
                received = day - timedelta(days=self._duration(pathway, team, day))
                self.add(person, pathway, team, received, day, granted=granted)
                if granted:
                    return

    def rewrite(self, person: PersonDraft, day: date, basis: str, months: int) -> bool:
        history = person.history
        if any(p.start >= day and p.kind != K.DULDUNG for p in history.periods):
            return False
        current = period_at(person, day)
        if current is None or current.kind != K.DULDUNG:
            return False
        history.truncate(day)
        permit_chain(history, day, self.today, basis, months)
        history.final_code, history.pathway = "", f"grant>{basis}"
        return True

    # 3. Refusals owed to the rates of the history's grants

    def _owed_refusals(self, person: PersonDraft, team: int) -> None:
        chains = None
        for key in [k for k, owed in self.owed.items() if owed >= 1 and k[1] == team]:
            pathway, _team, year = key
            chains = chains if chains is not None else tolerated_chains(person)
            if not chains:
                return
            day = random_day(self.rng, date(year, 1, 1), min(date(year, 12, 31), self.last_day))
            if fits(person, pathway, day, chains) and not self._applied(person, pathway, year):
                received = day - timedelta(days=self._duration(pathway, team, day))
                self.add(person, pathway, team, received, day, granted=False)
                self.owed[key] -= 1

    @staticmethod
    def _applied(person: PersonDraft, pathway: str, year: int) -> bool:
        return any(a.pathway_id == pathway and a.received_on.year >= year - 1
                   for a in person.applications)

    # The application, its decision and approvals

    def add(self, person: PersonDraft, pathway: str, team: int, received: date, day: date,
             granted: bool) -> None:
        application = ApplicationDraft(received, pathway, self._channel())
        if not granted and self.rng.random() < P.WITHDRAWN_SHARE:
            application.status = "withdrawn"
            application.decision = DecisionDraft(day, "withdrawn", pathway, "", team)
        else:
            application.decision = self._decision(pathway, team, day, granted)
        person.applications.append(application)

    def _decision(self, pathway: str, team: int, day: date, granted: bool) -> DecisionDraft:
        kind = DECISION_TYPE[PATHWAYS_BY_ID[pathway].consequence.value]
        decision = DecisionDraft(day, "granted" if granted else "refused", pathway, kind, team)
        strict = pathway == "p25_5" and team == P.STRICT_TEAM and day < P.GUIDELINE_FROM
        if kind == "discretion":
            not_weighed = not granted and self.rng.random() < P.NOT_EXERCISED_SHARE[strict]
            decision.discretion = "in_favour" if granted else (
                "not_exercised" if not_weighed else "against")
            if not_weighed:
                decision.reason_text = "Ermessen nicht eröffnet."
        if not granted:
            decision.reasons = self._reasons(pathway)
        if pathway == "p25_5" and day >= P.GUIDELINE_FROM:
            self._cite_guideline(decision)
        kind_of_approval = "p23a" if pathway == "p23a" else (None if granted else "refusal")
        if kind_of_approval:
            decision.approvals = self._approvals(kind_of_approval, day)
        return decision

    def _reasons(self, pathway: str) -> list[str]:
        weighted = P.REFUSAL_REASONS[pathway]
        first = asylum.pick(self.rng, weighted)
        if self.rng.random() < 0.35:
            second = asylum.pick(self.rng, weighted)
            return [first] if second == first else [first, second]
        return [first]

    def _cite_guideline(self, decision: DecisionDraft) -> None:
        decision.guideline, decision.follows_guideline = True, True
        if self.rng.random() < 0.06:
            decision.follows_guideline = False
            decision.departure_kind = self.rng.choice(["atypical", "new_facts"])
            decision.departure_text = ("Besondere Umstände des Einzelfalls, in der Akte "
                                       "dokumentiert.")

    def _approvals(self, kind: str, day: date) -> list[ApprovalDraft]:
        requested = moment(day - timedelta(days=self.rng.randint(1, 6)), 10)
        deputy = self.rng.random() < 0.3
        if day > self.today - timedelta(days=P.PENDING_APPROVAL_DAYS):
            return [ApprovalDraft(kind, "requested", requested)]
        approvals = []
        if self.rng.random() < P.RETURNED_FIRST_SHARE:
            returned = requested + timedelta(days=1, hours=4)
            approvals.append(ApprovalDraft(kind, "returned", requested - timedelta(days=3),
                                           returned - timedelta(days=3),
                                           "Bitte die Abwägung im Einzelfall ergänzen.",
                                           by_deputy=deputy))
        approvals.append(ApprovalDraft(kind, "approved", requested,
                                       moment(day, 15), by_deputy=deputy))
        return approvals

    def _duration(self, pathway: str, team: int, day: date) -> int:
        median = float(P.MEDIAN_DAYS[pathway])
        if pathway == "p25_5" and team == P.STRICT_TEAM and day < P.GUIDELINE_FROM:
            median *= P.STRICT_SLOWER
        return max(7, min(420, round(median * exp(self.rng.gauss(0, P.SPREAD)))))

    def _channel(self) -> str:
        return asylum.pick(self.rng, CHANNELS)


def moment(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), BERLIN)


__all__ = ["ONE_DAY", "ApplicationDraft", "ApprovalDraft", "DecisionDraft", "PracticePlanner"]
