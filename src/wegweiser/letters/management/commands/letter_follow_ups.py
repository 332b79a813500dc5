"""python manage.py letter_follow_ups

Creates a follow-up for every dispatched letter without reaction (no booking with its code, no
visit, no application) after WEGWEISER_LETTER_FOLLOW_UP_WEEKS weeks; never twice for one letter.
Run it daily (cron or a scheduled task).
"""

from django.core.management.base import BaseCommand

from ...responses import create_follow_ups


class Command(BaseCommand):
    help = "Legt Wiedervorlagen für Anschreiben ohne Reaktion an (einmal je Brief)."

    def handle(self, *args, **options):
        created = create_follow_ups()
        self.stdout.write(f"{created} Wiedervorlagen angelegt.")
