"""backup_database and restore_database refuse what they cannot do with a German message and
change nothing."""

import sqlite3
from contextlib import closing

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from wegweiser.cases.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("refusals of the SQLite commands; on PostgreSQL they refuse as a whole")


def _refusal(*args) -> str:
    with pytest.raises(CommandError) as refused:
        call_command(*args)
    return str(refused.value)


def test_a_backup_never_overwrites_a_file(tmp_path, sqlite_only):
    target = tmp_path / "sicherung.sqlite3"
    target.write_text("ältere Sicherung")

    assert "gibt es schon" in _refusal("backup_database", str(target))
    assert target.read_text() == "ältere Sicherung"


def test_a_backup_into_a_missing_directory_is_refused(tmp_path, sqlite_only):
    assert "Verzeichnis" in _refusal("backup_database", str(tmp_path / "fehlt" / "s.sqlite3"))
    assert not (tmp_path / "fehlt").exists()


@pytest.mark.parametrize("content, message", [
    (None, "gibt es nicht"),
    (b"Aktenzeichen;Familienname\n", "keine SQLite-Datenbank"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "beschädigt"),
])
def test_a_restore_from_something_else_than_a_backup_is_refused(tmp_path, person, content,
                                                                  message, sqlite_only):
    source = tmp_path / "sicherung.sqlite3"
    if content is not None:
        source.write_bytes(content)

    assert message in _refusal("restore_database", str(source), "--noinput")
    assert Person.objects.filter(pk=person.pk).exists()


def test_a_restore_from_another_applications_database_is_refused(tmp_path, person, sqlite_only):
    source = tmp_path / "fremd.sqlite3"
    with closing(sqlite3.connect(source)) as other:
        other.execute("CREATE TABLE kunden (name TEXT)")

    assert "keine Wegweiser-Datenbank" in _refusal("restore_database", str(source), "--noinput")
    assert Person.objects.filter(pk=person.pk).exists()


def test_on_postgresql_the_commands_point_to_pg_dump(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the SQLite commands run in the SQLite pass")

    assert "pg_dump" in _refusal("backup_database", str(tmp_path / "s.sqlite3"))
    assert not (tmp_path / "s.sqlite3").exists()
