"""python manage.py demo [--seed 42] [--persons 2000] [--reset] [--today 2026-03-01]"""

import sys
import time
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError

from wegweiser.demo import summary
from wegweiser.demo.accounts import DemoError
from wegweiser.demo.pillars import add_pillars
from wegweiser.demo.review_examples import add_review_examples
from wegweiser.demo.run import build_demo, existing_offices, screen_office


class Progress:
    """One line on stderr per 10 % of households: "Personen: 40 % (40.000/100.000)"."""

    def __init__(self, stream):
        self.stream = stream
        self.shown: dict[str, int] = {}

    def __call__(self, office: str, done: int, total: int) -> None:
        tenth = done * 10 // total
        if tenth > self.shown.get(office, 0):
            self.shown[office] = tenth
            self.stream.write(f"{office} Personen: {tenth * 10} % "
                              f"({summary.german_number(done)}/{summary.german_number(total)})\n")
            self.stream.flush()


class Command(BaseCommand):
    help = "Erzeugt einen fiktiven Demo-Kreis mit geduldeten Personen, Familien und Zugängen."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=42, help="gleicher Seed = gleiche Daten")
        parser.add_argument("--persons", type=int, default=2000,
                            help="Zahl der Haushaltsvorstände im Kreis (Familien kommen hinzu)")
        parser.add_argument("--reset", action="store_true",
                            help="vorhandene Demo-Daten der beiden Demo-Behörden zuerst löschen")
        parser.add_argument("--today", type=date.fromisoformat, default=None,
                            help="Stichtag JJJJ-MM-TT (Standard: heute)")
        parser.add_argument("--orm", action="store_true",
                            help="mit Djangos bulk_create schreiben (langsamer, gleiche Daten)")

    def handle(self, *args, seed, persons, reset, today, orm, **options):
        if persons < 1:
            raise CommandError("--persons muss mindestens 1 sein.")
        today = today or date.today()
        found = existing_offices()
        if found and not reset:
            names = ", ".join(a.name for a in found)
            self.stdout.write(f"Die Demo-Daten sind schon vorhanden ({names}). Nichts geändert; "
                              "mit --reset neu erzeugen.")
            return
        started = time.perf_counter()
        try:
            results = build_demo(seed, persons, today, reset, Progress(sys.stderr), orm)
        except DemoError as error:
            raise CommandError(str(error)) from error
        # The district's monthly run at the end of last month: the demo's committee report (the
        # last full half-year, demo/grant.py) takes its screening figures from the latest run
        # up to the end of its period (reporting/kpis/integration.py).
        screen_office(results[0], date(today.year, today.month, 1) - timedelta(days=1),
                      sys.stderr)
        # A completed screening run per office as of today, so that the worklist shows results.
        runs = [screen_office(result, today, sys.stderr) for result in results]
        # Constellations and conferences build on the screening run: examples for the district.
        add_review_examples(results[0].authority.pk, today)
        # Desk, mail run, counselling, partners, training and dialogue of the district (pillars.py).
        add_pillars(results[0].authority.pk, runs[0], today, seed)
        self._report(results, runs, today, time.perf_counter() - started, seed)

    def _report(self, results, runs, today, seconds, seed) -> None:
        out = self.stdout
        out.write(f"Demo-Daten erzeugt (Seed {seed}, Stichtag {today:%d.%m.%Y}) "
                  f"in {seconds:.1f} s.\n")
        for result, run in zip(results, runs, strict=True):
            out.write("\n".join([*summary.office_lines(result, today),
                                 *summary.screening_lines(run)]) + "\n")
        out.write("\nZugänge (alle mit demselben Demo-Passwort):\n")
        out.write("\n".join(summary.login_table(results)) + "\n")
