"""A database missing some migrations (e.g. after an update) is named, not screened."""

import pytest

from wegweiser.screening import cli_run


@pytest.mark.django_db
def test_a_migrated_database_passes_the_check():
    cli_run.check_database()


@pytest.mark.django_db
def test_pending_migrations_are_reported_in_one_german_line(monkeypatch):
    monkeypatch.setattr(cli_run.MigrationExecutor, "migration_plan",
                        lambda self, targets: [("pending", False)])
    with pytest.raises(cli_run.DatabaseNotReady) as caught:
        cli_run.check_database()
    assert str(caught.value) == ("Die Datenbank ist nicht auf dem neuesten Stand: zuerst "
                                 "„python manage.py migrate“ ausführen.")
