"""A fresh clone: before ``manage.py migrate`` the database screening says so in one German
line (code 2, no traceback, no empty database file left behind); a file needs no database."""

import os
import subprocess
import sys
from pathlib import Path

from wegweiser.demo.sample_file import SAMPLE_PATH

SCRIPT = Path(sys.executable).with_name("wegweiser")


def run(*args, data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    env["WEGWEISER_DATA_DIR"] = str(data_dir)
    return subprocess.run([str(SCRIPT), "screen", *args, "--no-progress"], env=env,
                          capture_output=True, text=True, timeout=120)


def test_screening_the_database_before_migrate_says_what_to_do(tmp_path):
    result = run("--authority", "RW", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fehler: Die Datenbank")
    assert "python manage.py migrate" in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "wegweiser.sqlite3").exists()


def test_an_empty_database_file_gets_the_same_line(tmp_path):
    (tmp_path / "wegweiser.sqlite3").touch()
    result = run("--authority", "RW", data_dir=tmp_path)
    assert result.returncode == 2
    assert "noch nicht eingerichtet" in result.stderr and "Traceback" not in result.stderr


def test_a_file_is_screened_without_any_database(tmp_path):
    result = run("--input", str(SAMPLE_PATH), "--as-of", "2026-12-01", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Zusammenfassung: 9 Personen, Stichtag 01.12.2026" in result.stdout
    assert not (tmp_path / "wegweiser.sqlite3").exists()
