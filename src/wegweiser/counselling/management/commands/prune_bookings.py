"""python manage.py prune_bookings [--dry-run]

Deletes the personal data of bookings (name, birth date, contact, keys, tokens) and of waitlist
entries `Desk.retention_days` after the appointment; the rows stay for the statistics. One
audit entry per desk with the counts. For cron (daily) and for the data protection officer.
"""

from django.core.management.base import BaseCommand

from wegweiser.counselling.booking import prune_bookings


class Command(BaseCommand):
    help = ("Löscht die Personendaten von Buchungen und Wartelisteneinträgen nach der "
            "Aufbewahrungsfrist der Beratungsstelle; die Zeilen bleiben für die Statistik.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="nur anzeigen, was gelöscht würde; nichts ändern")

    def handle(self, *args, dry_run, **options):
        pruned = prune_bookings(dry_run=dry_run)
        verb = "würden gelöscht" if dry_run else "gelöscht"
        self.stdout.write(f"Personendaten von {pruned.appointments} Terminen und "
                          f"{pruned.waitlist_entries} Wartelisteneinträgen {verb}.")
