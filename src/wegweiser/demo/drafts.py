"""Plain Python drafts of what the generator produces, before anything touches the database.

Generating into small dataclasses first keeps the random logic testable without a database and
lets load.py turn whole batches into model rows with bulk_create.
"""

import random
from calendar import isleap
from dataclasses import dataclass, field
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: date, months: int) -> date:
    """The same calendar day `months` later, clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if day.day <= 28:
        return date(year, month, day.day)
    last = 29 if month == 2 and isleap(year) else MONTH_DAYS[month - 1]
    return date(year, month, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def random_day(rng: random.Random, first: date, last: date) -> date:
    """A uniformly chosen day in [first, last] (first if the range is empty)."""
    span = (last - first).days
    return first if span <= 0 else first + timedelta(days=rng.randint(0, span))


@dataclass
class PeriodDraft:
    kind: str
    start: date
    end: date | None
    legal_basis: str = ""
    azr_reason_code: str = ""
    note: str = ""


@dataclass
class AsylumDraft:
    application_date: date
    decision_date: date | None
    outcome: str
    final_date: date | None
    manifestly_unfounded_ground: str = ""
    withdrawal_date: date | None = None


@dataclass
class HistoryDraft:
    """A status history plus the facts about it that other generators need to stay consistent."""

    periods: list[PeriodDraft] = field(default_factory=list)
    asylum: AsylumDraft | None = None
    final_code: str = ""  # AZR reason of the running Duldung ("" if no Duldung at the end)
    pathway: str = ""  # "104c>25b", "104c>25a", "104c>duldung", "104c>fiction", "60c", "60d"
    special_start: date | None = None  # start of the § 60b/60c/60d or § 25a period

    def last_end(self) -> date | None:
        return self.periods[-1].end if self.periods else None

    def add(self, kind: str, start: date, end: date | None, **fields) -> PeriodDraft:
        """Append a period; refuses anything that would touch or overlap the previous one."""
        if self.periods:
            previous_end = self.periods[-1].end
            if previous_end is None or start <= previous_end:
                raise ValueError(f"{kind} from {start} overlaps the period ending {previous_end}")
        period = PeriodDraft(kind, start, end, **fields)
        self.periods.append(period)
        return period

    def truncate(self, before: date) -> None:
        """Drop everything from `before` on, cutting a period that runs across it."""
        kept = [p for p in self.periods if p.start < before]
        if kept and (kept[-1].end is None or kept[-1].end >= before):
            kept[-1].end = before - ONE_DAY
        self.periods = kept


@dataclass
class PersonDraft:
    role: str  # "head", "spouse", "child"
    family_name: str
    given_names: str
    sex: str
    nationality: str
    birth_date: date
    birth_precision: str
    entry_date: date
    variants: list[str] = field(default_factory=list)
    history: HistoryDraft = field(default_factory=HistoryDraft)
    born_here: bool = False
    file_number: str = ""
    azr_number: str = ""
    follow_ups: list[dict] = field(default_factory=list)
    # Person-level facts (None = unknown), filled by facts.py.
    identity: dict = field(default_factory=dict)
    facts: list[tuple[str, dict]] = field(default_factory=list)
    note: str = ""
    # The office's legal assessment (Assessment fields), None = not assessed; assessments.py.
    assessment: dict | None = None
    # Applications with decisions and § 23a petitions (practice.py, petitions.py).
    applications: list = field(default_factory=list)
    petitions: list = field(default_factory=list)

    def applications_after(self, day: date) -> bool:
        return any(a.received_on >= day for a in self.applications)


@dataclass
class HouseholdDraft:
    head: PersonDraft
    spouse: PersonDraft | None = None
    children: list[PersonDraft] = field(default_factory=list)
    town: int = 0  # index into the office's towns

    def members(self) -> list[PersonDraft]:
        return [self.head, *([self.spouse] if self.spouse else []), *self.children]
