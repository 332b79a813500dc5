"""The work behind ``wegweiser screen``: read, evaluate, filter; a progress bar on stderr."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TextIO

import polars as pl
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.models import Authority
from wegweiser.cases.models import Person
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID

from .db_source import raw_tables
from .evaluate import SILENT, evaluate_long
from .file_source import InputError, parse, raw_tables_from_cases, read_document
from .frames import RawTables, fact_frames
from .output import with_names
from .policy import NAMES, policy_for, problems


class Bar:
    """``Prüfung  [#######.............]  35 %  (700/2000)`` redrawn in place on stderr."""

    def __init__(self, stream: TextIO | None, width: int = 30):
        self.stream, self.width = stream, width

    def __call__(self, label: str, done: int, total: int) -> None:
        if self.stream is None:
            return
        share = done / total if total else 1.0
        filled = round(self.width * share)
        self.stream.write(f"\r{label:<10} [{'#' * filled}{'.' * (self.width - filled)}] "
                          f"{round(100 * share):3d} %  ({done}/{total})")
        self.open = done < total
        if not self.open:
            self.stream.write("\n")
        self.stream.flush()

    def interrupt(self) -> None:
        """End a half-drawn line so that messages start on their own line."""
        if self.stream is not None and getattr(self, "open", False):
            self.stream.write("\n")
            self.open = False


def _check_pathway(pathway: str | None) -> None:
    if pathway and pathway not in PATHWAYS_BY_ID:
        known = ", ".join(PATHWAYS_BY_ID)
        raise InputError([_("--pathway: unbekannter Weg „%(p)s“; bekannt sind: %(known)s.") % {
            "p": pathway, "known": known}])


def _evaluate(raw: RawTables, as_of: date, pathway: str | None, bar: Bar,
              policy: Policy) -> pl.DataFrame:
    long = evaluate_long(fact_frames(raw, as_of), as_of, policy,
                         progress=lambda done, total: bar(_("Prüfung"), done, total))
    long = long.filter(~pl.col("verdict").is_in(list(SILENT)))
    if pathway:
        long = long.filter(pl.col("pathway_id") == pathway)
    return with_names(long, raw.persons).sort("file_number", "pathway_id")


def screen_file(path: Path, as_of: date, pathway: str | None, bar: Bar,
                policy_file: Path | None = None):
    """A file is screened with the default settings, or with those of ``policy_file``."""
    _check_pathway(pathway)
    policy = read_policy_file(policy_file, DEFAULT_POLICY) if policy_file else DEFAULT_POLICY
    bar(_("Lesen"), 0, 1)
    # Plausibility ("not in the future") is judged against today, not the screening day.
    cases = parse(read_document(path), timezone.localdate())
    bar(_("Lesen"), 1, 1)
    return _evaluate(raw_tables_from_cases(cases), as_of, pathway, bar, policy), {
        "kind": "file", "name": path.name}, policy


class DatabaseNotReady(Exception):
    """The database cannot be read yet; the message (one German line) says what to do."""


def check_database() -> None:
    """Refuse early, in one line, when the database is missing, unreachable or not migrated.

    A missing SQLite file is not created by asking (connecting would create an empty one).
    """
    name = connection.settings_dict["NAME"]
    if _sqlite_file_missing(name):
        raise DatabaseNotReady(_not_set_up(name))
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as error:
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise DatabaseNotReady(_("Die Datenbank ist nicht erreichbar (%(error)s); läuft der "
                                 "Datenbankserver, stimmt DATABASE_URL?") % {
            "error": first_line}) from error
    if pending and executor.loader.applied_migrations:
        raise DatabaseNotReady(_("Die Datenbank ist nicht auf dem neuesten Stand: zuerst "
                                 "„python manage.py migrate“ ausführen."))
    if pending:
        raise DatabaseNotReady(_not_set_up(name))


def _sqlite_file_missing(name) -> bool:
    if connection.vendor != "sqlite":
        return False
    from django.db.backends.sqlite3.creation import DatabaseCreation

    return not DatabaseCreation.is_in_memory_db(name) and not Path(name).exists()


def _not_set_up(name) -> str:
    return _("Die Datenbank (%(name)s) ist noch nicht eingerichtet: zuerst „python manage.py "
             "migrate“ ausführen (Demo-Kreis: „bash scripts/demo.sh“); eine Austauschdatei "
             "lässt sich ohne Datenbank prüfen (--input DATEI).") % {"name": name}


def screen_database(authority: str, as_of: date, pathway: str | None, bar: Bar,
                    policy_file: Path | None = None):
    """The authority's own settings; ``policy_file`` overrides the settings it names."""
    _check_pathway(pathway)
    check_database()
    office = _authority(authority)
    policy = policy_for(office)
    if policy_file:
        policy = read_policy_file(policy_file, policy)
    persons = Person.unscoped.filter(authority=office)
    raw = raw_tables(persons, progress=lambda _phase, done, total: bar(_("Lesen"), done, total))
    return _evaluate(raw, as_of, pathway, bar, policy), {
        "kind": "database", "name": office.name}, policy


def read_policy_file(path: Path, base: Policy) -> Policy:
    """Settings from a JSON object (names as on the settings page); unnamed ones stay ``base``.

    Bounds as on the page (screening.policy.problems); dates as ``"JJJJ-MM-TT"``.
    """
    data = read_document(path)
    if not isinstance(data, dict):
        raise InputError([_("--policy: Die Datei muss ein JSON-Objekt enthalten, z. B. "
                            "{\"gap_tolerance_months\": 6}.")])
    unknown = sorted(set(data) - set(NAMES))
    if unknown:
        raise InputError([_("--policy: unbekannte Einstellung „%(name)s“; bekannt sind: "
                            "%(known)s.") % {"name": name, "known": ", ".join(NAMES)}
                          for name in unknown])
    values = {**base.as_dict(), **{name: _day_or_raw(value) for name, value in data.items()}}
    found = problems(values)
    if found:
        raise InputError([_("--policy: %(name)s = %(value)s: %(problem)s") % {
            "name": name, "value": json.dumps(data.get(name), ensure_ascii=False),
            "problem": problem} for name, problem in found.items()])
    return Policy(**{**values, "livelihood_mostly_share": float(values["livelihood_mostly_share"])})


def _day_or_raw(value):
    """An ISO date string as a date; anything else unchanged (the bounds check names it)."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        return value


def _authority(key: str) -> Authority:
    office = (Authority.objects.filter(pk=int(key)).first() if key.isdigit()
              else Authority.objects.filter(short_name__iexact=key).first())
    if office is None:
        raise InputError([_("--authority: keine Behörde mit Id oder Kurzname „%(key)s“.") % {
            "key": key}])
    return office
