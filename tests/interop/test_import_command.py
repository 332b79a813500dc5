import pytest
from django.core.management import CommandError, call_command

from interop.factories import HEADER, VALID_ROWS, valid_csv, xlsx_bytes
from wegweiser.cases.models import Person


def test_the_command_imports_a_file_and_shows_progress(authority, head, tmp_path, capsys):
    path = tmp_path / "bestand.xlsx"
    path.write_bytes(xlsx_bytes([HEADER, *VALID_ROWS]))

    call_command("import_cases", str(path), "--authority", "KML", "--user", head.username)

    output = capsys.readouterr()
    assert "Import abgeschlossen" in output.out and "persons_created=3" in output.out
    assert "speichere" in output.err
    assert Person.unscoped.filter(authority=authority).count() == 3


def test_a_dry_run_writes_nothing(authority, tmp_path, capsys):
    path = tmp_path / "bestand.csv"
    path.write_bytes(valid_csv())

    call_command("import_cases", str(path), "--authority", str(authority.pk), "--dry-run")

    assert "Prüfung ohne Speichern" in capsys.readouterr().out
    assert not Person.unscoped.exists()


def test_a_rejected_file_fails_with_the_report(authority, tmp_path, capsys):
    path = tmp_path / "bestand.csv"
    path.write_bytes(valid_csv([VALID_ROWS[0].replace("SYR", "Syrien")]))

    with pytest.raises(CommandError, match="Nichts übernommen"):
        call_command("import_cases", str(path), "--authority", "KML")

    assert "Zeile 2 | Staatsangehörigkeit | Syrien" in capsys.readouterr().err


def test_an_unknown_authority_is_named(db, tmp_path):
    with pytest.raises(CommandError, match="nicht eindeutig"):
        call_command("import_cases", str(tmp_path / "x.csv"), "--authority", "NIRGENDS")
