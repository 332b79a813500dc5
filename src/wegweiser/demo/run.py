"""Build the whole demo: both offices, their logins and their tolerated persons."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TextIO

from django.db import transaction
from faker import Faker

from wegweiser.accounts.models import Authority
from wegweiser.accounts.roles import Role
from wegweiser.screening.cli_run import Bar
from wegweiser.screening.models import ScreeningRun
from wegweiser.screening.runs import run_now

from . import accounts, addresses, snapshots
from .data import practice as P
from .data.district import DISTRICT, OFFICES, OfficeSpec
from .generator import OfficeGenerator
from .load import OfficeLoader
from .practice import PracticePlanner
from .practice_rows import PracticeRows
from .reset import delete_office_data
from .writers import writer_class


@dataclass
class OfficeResult:
    spec: OfficeSpec
    authority: Authority
    households: int
    persons: int
    usernames: list[tuple[str, str]] = field(default_factory=list)  # (role label, username)


def existing_offices() -> list[Authority]:
    return list(Authority.objects.filter(name__in=[office.name for office in OFFICES]))


def households_for(office: OfficeSpec, persons: int) -> int:
    return max(1, round(persons * office.share_of_persons))


@transaction.atomic
def build_demo(
    seed: int, persons: int, today: date, reset: bool,
    progress: Callable[[str, int, int], None] | None = None, orm: bool = False,
) -> list[OfficeResult]:
    """Create both offices; with `reset`, first delete what an earlier run left there."""
    if reset:
        delete_office_data([authority.pk for authority in existing_offices()])
    employers = employer_names(seed)
    results = []
    for office in OFFICES:
        count = households_for(office, persons)
        report = _reporter(progress, office, count)
        results.append(_build_office(office, seed, count, today, employers, report, orm))
    return results


def _reporter(progress, office: OfficeSpec, count: int) -> Callable[[int], None]:
    if progress is None:
        return lambda done: None
    return lambda done: progress(office.short_name, done, count)


def _build_office(office, seed, count, today, employers, report, orm) -> OfficeResult:
    authority, towns = accounts.create_office(office)
    users = accounts.create_users(office, authority)
    caseworkers = sorted((u for u in users.values() if u.role == Role.CASEWORKER),
                         key=lambda u: u.username)
    lead = next(u for u in users.values() if u.role == Role.HEAD)
    teams = P.TEAMS if office is DISTRICT else P.NEIGHBOUR_TEAMS
    practice = PracticeRows(authority, lead, users, teams, writer_class(orm))
    loader = OfficeLoader(authority, towns, caseworkers, lead, today, writer_class(orm), practice)
    generator = OfficeGenerator(office, seed, today, employers)
    planner = PracticePlanner(seed, office.short_name, today, count, teams)
    loader.load(planner.plan(generator.households(count)), report)
    practice.write()
    snapshots.fill(authority.pk, practice.decisions, today)
    addresses.add_addresses(authority.pk, seed)
    names = [(str(Role(login.role).label), login.username) for login in accounts.logins(office)]
    return OfficeResult(office, authority, count, loader.persons, names)


def screen_office(result: OfficeResult, today: date, stream: TextIO | None = None) -> ScreeningRun:
    """Screen every person of the office as the worklist's background task would (runs.py)."""
    bar = Bar(stream)
    return run_now(result.authority.pk, today, progress=lambda label, done, total: bar(
        f"{result.spec.short_name} {label}", done, total))


def employer_names(seed: int, count: int = 400) -> list[str]:
    """German company names from Faker, drawn once: Faker per row would dominate the runtime."""
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    return list(dict.fromkeys(fake.company() for _ in range(count)))
