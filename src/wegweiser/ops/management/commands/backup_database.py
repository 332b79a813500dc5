"""python manage.py backup_database ZIEL.sqlite3

Writes a consistent snapshot of the embedded SQLite database while Wegweiser keeps running
(``VACUUM INTO``), checks it and names what it holds. PostgreSQL is backed up with pg_dump
(docs/operations/sicherung.md).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegweiser.ops.sqlite_backup import BackupError, BackupSummary, back_up


def describe(summary: BackupSummary) -> str:
    megabytes = f"{summary.size_bytes / 1_000_000:.1f}".replace(".", ",")
    return (f"{summary.persons} Personen, {summary.audit_entries} Protokolleinträge, "
            f"{megabytes} MB")


class Command(BaseCommand):
    help = ("Sichert die eingebettete SQLite-Datenbank im laufenden Betrieb in eine neue Datei "
            "und prüft die Sicherung.")

    def add_arguments(self, parser):
        parser.add_argument("target", type=Path, help="neue Datei für die Sicherung")

    def handle(self, *args, target, **options):
        try:
            summary = back_up(target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Sicherung geschrieben und geprüft: {target} ({describe(summary)}).")
