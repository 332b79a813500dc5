"""python manage.py sample_file [--output DATEI]: (re)write docs/formats/beispiel-faelle.json."""

from pathlib import Path

from django.core.management.base import BaseCommand

from wegweiser.demo.sample_file import SAMPLE_PATH, write_sample


class Command(BaseCommand):
    help = ("Schreibt die Beispieldatei im Austauschformat (erfundene Personen) neu, über den "
            "echten Export; in der Datenbank bleibt nichts zurück.")

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=SAMPLE_PATH,
                            help=f"Zieldatei (Standard: {SAMPLE_PATH})")

    def handle(self, *args, output, **options):
        path = write_sample(output)
        self.stdout.write(f"Beispieldatei geschrieben: {path}")
