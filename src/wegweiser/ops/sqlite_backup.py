"""Online backup and restore of the embedded SQLite database (docs/operations/sicherung.md).

A backup is written with ``VACUUM INTO``: one consistent snapshot, taken while the web server
and the worker go on working, never a copy of the live file (whose newest pages may still sit
in the ``-wal`` file beside it). A restore checks the file first and then copies it page by page
into the configured database with SQLite's backup API, which replaces the whole content,
schema included, and leaves no stale ``-wal`` pages behind.

Messages are German: they are for the operator at the command line.
"""

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from django.db import DatabaseError, connection

HEADER = b"SQLite format 3\x00"
# A Wegweiser database has at least these tables (migrations, case files, audit log).
REQUIRED_TABLES = ("django_migrations", "cases_person", "audit_auditentry")


class BackupError(Exception):
    """Why a backup or restore was refused; nothing was changed."""


@dataclass(frozen=True)
class BackupSummary:
    persons: int
    audit_entries: int
    size_bytes: int


def back_up(target: Path) -> BackupSummary:
    """Write a checked snapshot of the database to ``target`` (a new file, readable only by
    the operating account, since it holds personal data)."""
    _require_sqlite()
    if target.exists():
        raise BackupError(f"Die Datei {target} gibt es schon; eine Sicherung überschreibt nichts.")
    if not target.parent.is_dir():
        raise BackupError(f"Das Verzeichnis {target.parent} gibt es nicht.")
    partial = target.with_name(target.name + ".teil")
    _create_private(partial)
    try:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(partial)])
        summary = check_backup(partial)
        os.replace(partial, target)
    except DatabaseError as error:
        raise BackupError(f"Die Sicherung ist fehlgeschlagen ({error}).") from error
    finally:
        partial.unlink(missing_ok=True)
    return summary


def restore(source: Path) -> BackupSummary:
    """Replace the configured database by the checked backup ``source``."""
    _require_sqlite()
    summary = check_backup(source)
    connection.ensure_connection()
    if connection.in_atomic_block:
        raise BackupError("Eine Wiederherstellung ist innerhalb einer Transaktion nicht möglich.")
    with closing(sqlite3.connect(_read_only_uri(source), uri=True)) as backup:
        backup.backup(connection.connection)
    return summary


def check_backup(path: Path) -> BackupSummary:
    """Refuse anything but an intact SQLite file with Wegweiser's tables."""
    if not path.is_file():
        raise BackupError(f"Die Sicherung {path} gibt es nicht.")
    with path.open("rb") as file:
        if file.read(len(HEADER)) != HEADER:
            raise BackupError(f"{path} ist keine SQLite-Datenbank.")
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as database:
            return _summary(database, path)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} ist beschädigt ({error}).") from error


def _summary(database: sqlite3.Connection, path: Path) -> BackupSummary:
    problems = [row[0] for row in database.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise BackupError(f"{path} ist beschädigt: {'; '.join(problems[:3])}")
    tables = {row[0] for row in database.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = [table for table in REQUIRED_TABLES if table not in tables]
    if missing:
        raise BackupError(f"{path} ist keine Wegweiser-Datenbank (es fehlt: {', '.join(missing)}).")
    return BackupSummary(_count(database, "cases_person"), _count(database, "audit_auditentry"),
                         path.stat().st_size)


def _count(database: sqlite3.Connection, table: str) -> int:
    return database.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _require_sqlite() -> None:
    if connection.vendor != "sqlite":
        raise BackupError("Dieser Befehl sichert nur die eingebettete SQLite-Datenbank. "
                          "PostgreSQL: pg_dump und pg_restore (docs/operations/sicherung.md).")


def _create_private(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        raise BackupError(f"{path} kann nicht angelegt werden ({error.strerror}).") from error


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"
