"""python manage.py screen (--authority KT | --input FILE) [--as-of JJJJ-MM-TT] [--format ...]
                          [--policy EINSTELLUNGEN.json]

The database is screened with the authority's settings (page "Einstellungen der Prüfung"), a
file with the defaults; ``--policy`` overrides the settings it names.  Also installed as
``wegweiser screen``.  Malformed input ends with exit code 2 and a German
message per problem (case, field, value) on stderr - never with a traceback.
"""

import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegweiser.screening.cli_run import Bar, screen_database, screen_file
from wegweiser.screening.file_source import InputError
from wegweiser.screening.output import as_csv, as_json, as_table


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"--as-of: „{text}“ ist kein Datum der Form JJJJ-MM-TT.",
                           returncode=2) from error


class Command(BaseCommand):
    help = "Prüft alle Personen einer Behörde oder einer Austauschdatei auf Bleiberechtswege."
    # Screening a file needs no database; the model checks would open a connection anyway.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--authority", help="Behörde (Id oder Kurzname), liest die Datenbank")
        source.add_argument("--input", type=Path, help="JSON-Austauschdatei (docs/formats/)")
        parser.add_argument("--as-of", type=str, default=None, help="Stichtag JJJJ-MM-TT")
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")
        parser.add_argument("--pathway", default=None, help="nur diesen Weg, z. B. p25b")
        parser.add_argument("--no-progress", action="store_true", help="keinen Fortschritt zeigen")
        parser.add_argument("--policy", type=Path, default=None,
                            metavar="DATEI.json",
                            help="JSON-Datei mit Einstellungen der Prüfung, z. B. "
                                 '{"gap_tolerance_months": 6}; nicht genannte bleiben '
                                 "(Datenbank: die der Behörde, Datei: die Standardwerte)")

    def handle(self, *args, authority, input, as_of, format, pathway, no_progress, policy,
               **options):
        day = _day(as_of) if as_of else date.today()
        # The raw stream: the bar redraws one line with "\r", OutputWrapper would add newlines.
        bar = Bar(None if no_progress else getattr(self.stderr, "_out", sys.stderr))
        try:
            if input is not None:
                rows, source, used = screen_file(input, day, pathway, bar, policy)
            else:
                rows, source, used = screen_database(authority, day, pathway, bar, policy)
        except InputError as error:
            bar.interrupt()
            for message in error.messages:
                self.stderr.write(message)
            raise CommandError(f"{len(error.messages)} Problem(e) in der Eingabe; "
                               "es wurde nichts geprüft.", returncode=2) from error
        render = {"json": lambda: as_json(rows, day, source, used), "csv": lambda: as_csv(rows),
                  "table": lambda: as_table(rows)}[format]
        self.stdout.write(render(), ending="")
