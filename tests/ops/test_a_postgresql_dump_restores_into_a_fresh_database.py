"""The PostgreSQL backup of docs/operations/sicherung.md: pg_dump in the custom format, restored
with pg_restore into a fresh database, holds the same case files and an intact audit chain."""

import os
import subprocess
import sys

import psycopg
import pytest
from django.db import connection

from tests.ops.production import PROJECT
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record

TABLES = ("cases_person", "cases_statusperiod", "audit_auditentry")


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump and pg_restore need PostgreSQL; this pass runs on SQLite")


def _url(name: str) -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
    return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


def _rows(url: str) -> dict[str, list[tuple]]:
    with psycopg.connect(url) as database:
        return {table: database.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in TABLES}


@pytest.fixture
def fresh_database():
    name = f"{connection.settings_dict['NAME']}_restored"
    with psycopg.connect(_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_dump_restored_into_a_fresh_database_has_the_same_data(
        postgresql, transactional_db, person, caseworker, fresh_database, tmp_path):
    for _ in range(3):
        record(caseworker, AuditAction.VIEW, person=person)
    dump, source = tmp_path / "wegweiser.dump", _url(connection.settings_dict["NAME"])

    subprocess.run(["pg_dump", "--format=custom", f"--dbname={source}", f"--file={dump}"],
                   check=True, capture_output=True)
    subprocess.run(["pg_restore", "--no-owner", "--exit-on-error",
                    f"--dbname={_url(fresh_database)}", str(dump)], check=True, capture_output=True)

    assert _rows(_url(fresh_database)) == _rows(source)
    assert len(_rows(source)["audit_auditentry"]) == 3
    verify = subprocess.run([sys.executable, "manage.py", "audit_verify"], cwd=PROJECT, text=True,
                            capture_output=True, check=True,
                            env={**os.environ, "DATABASE_URL": _url(fresh_database)})
    assert "Prüfkette intakt: 3 Einträge" in verify.stdout
