"""python manage.py restore_database SICHERUNG.sqlite3 [--noinput]

Replaces the embedded SQLite database by a backup written with ``backup_database``. Stop the
web server and the worker first: what they write meanwhile is lost. Afterwards run ``migrate``
(the backup may be older than the code) and ``audit_verify``.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from wegweiser.ops.management.commands.backup_database import describe
from wegweiser.ops.sqlite_backup import BackupError, check_backup, restore


class Command(BaseCommand):
    help = ("Ersetzt die eingebettete SQLite-Datenbank durch eine Sicherung. Vorher Web-Dienst "
            "und Worker anhalten.")

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path, help="Sicherung (von backup_database)")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="ohne Rückfrage wiederherstellen")

    def handle(self, *args, source, interactive, **options):
        try:
            summary = check_backup(source)
            if interactive and not self._confirmed(source):
                self.stdout.write("Abgebrochen, nichts geändert.")
                return
            restore(source)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Wiederhergestellt aus {source} ({describe(summary)}). Als Nächstes: "
                          "python manage.py migrate und python manage.py audit_verify.")

    def _confirmed(self, source: Path) -> bool:
        database = connection.settings_dict["NAME"]
        answer = input(f"Die Datenbank {database} wird durch die Sicherung {source} ersetzt. "
                       "Web-Dienst und Worker müssen angehalten sein. Fortfahren? [ja/nein] ")
        return answer.strip().lower() == "ja"
