"""python manage.py screen (--authority KT | --input FILE) [--as-of JJJJ-MM-TT] [--format ...]
                          [--policy EINSTELLUNGEN.json]

The database is screened with the authority's settings (page "Einstellungen der Prüfung"), a
file with the defaults; ``--policy`` overrides the settings it names.  Also installed as
``wegweiser screen``.  Malformed input, or a database that is not set up, ends with exit
code 2 and a German message (per problem: case, field, value) on stderr - never with a
traceback.
"""

import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wegweiser.screening.cli_parser import INTERNAL_OPTIONS, GermanHelpFormatter, add_help, germanise
from wegweiser.screening.cli_run import Bar, DatabaseNotReady, screen_database, screen_file
from wegweiser.screening.file_source import InputError
from wegweiser.screening.output import as_csv, as_json, as_table

EXAMPLES = """Beispiele:
  # alle Personen einer Behörde aus der Datenbank, Stichtag heute, als Tabelle mit Zusammenfassung
  wegweiser screen --authority RW
  # die Beispieldatei im Austauschformat (ohne Datenbank), nur § 25b, als JSON
  wegweiser screen --input docs/formats/beispiel-faelle.json --as-of 2026-12-01 --pathway p25b --format json
  # mit abweichenden Einstellungen der Prüfung, als CSV
  wegweiser screen --input faelle.json --policy einstellungen.json --format csv

Exit-Code 0: geprüft; 2: fehlerhafte Eingabe oder Datenbank nicht eingerichtet (Meldung auf stderr).
Formate: docs/formats/README.md (Eingabe), docs/formats/screening-output.schema.json (JSON-Ausgabe).
"""


class Fehler(CommandError):
    """Django prints a CommandError as "<class name>: <message>": German on the command line."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise Fehler(f"--as-of: „{text}“ ist kein Datum der Form JJJJ-MM-TT.",
                     returncode=2) from error


class Command(BaseCommand):
    help = "Prüft alle Personen einer Behörde oder einer Austauschdatei auf Bleiberechtswege."
    # Screening a file needs no database; the model checks would open a connection anyway.
    requires_system_checks: list[str] = []
    suppressed_base_arguments = INTERNAL_OPTIONS

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, add_help=False, epilog=EXAMPLES,
                                       formatter_class=GermanHelpFormatter, **kwargs)
        return germanise(parser)

    def add_arguments(self, parser):
        add_help(parser)
        sources = parser.add_argument_group("Quelle (genau eine)")
        parser._action_groups.insert(1, parser._action_groups.pop())  # shown first
        source = sources.add_mutually_exclusive_group(required=True)
        source.add_argument("--authority", metavar="KURZNAME",
                            help="Behörde (Kurzname oder Id); liest die Datenbank")
        source.add_argument("--input", type=Path, metavar="DATEI",
                            help="JSON-Datei im Austauschformat (docs/formats/); braucht keine "
                                 "Datenbank")
        parser.add_argument("--as-of", type=str, default=None, metavar="JJJJ-MM-TT",
                            help="Stichtag (Standard: heute)")
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table",
                            help="Ausgabe: table (Tabelle mit Zusammenfassung, Standard), json "
                                 "oder csv")
        parser.add_argument("--pathway", default=None, metavar="WEG",
                            help="nur diesen Bleiberechtsweg, z. B. p25b")
        parser.add_argument("--no-progress", action="store_true",
                            help="keinen Fortschrittsbalken auf stderr zeigen")
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
        except DatabaseNotReady as error:
            raise Fehler(str(error), returncode=2) from error
        except InputError as error:
            bar.interrupt()
            for message in error.messages:
                self.stderr.write(message)
            raise Fehler(f"{len(error.messages)} Problem(e) in der Eingabe; "
                         "es wurde nichts geprüft.", returncode=2) from error
        render = {"json": lambda: as_json(rows, day, source, used), "csv": lambda: as_csv(rows),
                  "table": lambda: as_table(rows, day)}[format]
        self.stdout.write(render(), ending="")
