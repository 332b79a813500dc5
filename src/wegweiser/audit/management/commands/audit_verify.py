from django.core.management.base import BaseCommand, CommandError

from wegweiser.audit.services import verify_chain


class Command(BaseCommand):
    help = "Prüft die Hash-Kette des Zugriffsprotokolls und nennt den ersten gebrochenen Eintrag."

    def handle(self, *args, **options):
        report = verify_chain()
        if report.intact:
            self.stdout.write(f"Prüfkette intakt: {report.entries_checked} Einträge geprüft.")
            return
        raise CommandError(
            f"Prüfkette gebrochen bei Eintrag {report.first_broken_id}: {report.problem} "
            f"({report.entries_checked} Einträge davor sind intakt)."
        )
