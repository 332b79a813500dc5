"""python manage.py prune_screening_runs [--dry-run]

Deletes, per authority, the per-person results of screening runs older than the latest
``WEGWEISER_SCREENING_KEEP_RUNS`` completed runs (screening.retention).  The run rows stay with
their counts.  Runs after every successful screening run by itself; this command is for the
operators (cron, after lowering the setting) and, with ``--dry-run``, for the data protection
officer's question "what would go?".
"""

from django.core.management.base import BaseCommand

from wegweiser.accounts.models import Authority
from wegweiser.screening.models import ScreeningRun
from wegweiser.screening.retention import Pruning, keep_count, plan, prune


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Command(BaseCommand):
    help = ("Löscht je Behörde die Einzelergebnisse älterer Prüfläufe (Aufbewahrungsregel); die "
            "Ergebnisse der letzten abgeschlossenen Läufe und die Zeilen aller Läufe bleiben.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="nur anzeigen, was gelöscht würde; nichts ändern")

    def handle(self, *args, dry_run, **options):
        keep = keep_count()
        self.stdout.write(f"Aufbewahrung: je Behörde bleiben die Einzelergebnisse der letzten {keep} "
                          "abgeschlossenen Prüfläufe und aller neueren Läufe.")
        if dry_run:
            self.stdout.write("Probelauf: Es wird nichts gelöscht.")
        authorities = Authority.objects.filter(
            pk__in=ScreeningRun.unscoped.values("authority_id")).order_by("short_name", "pk")
        runs = results = 0
        for authority in authorities:
            pruning = plan(authority.pk) if dry_run else prune(authority.pk)
            self._report(authority, pruning, dry_run)
            runs, results = runs + len(pruning.runs), results + pruning.results
        verb = "würden gelöscht" if dry_run else "gelöscht"
        self.stdout.write(f"Zusammen: {_number(results)} Einzelergebnisse aus {runs} Prüfläufen "
                          f"{verb}.")

    def _report(self, authority: Authority, pruning: Pruning, dry_run: bool) -> None:
        name = f"{authority.short_name} – {authority.name}"
        if not pruning.runs:
            self.stdout.write(f"{name}: nichts zu löschen.")
            return
        verb = "würden gelöscht" if dry_run else "gelöscht"
        self.stdout.write(f"{name}: {_number(pruning.results)} Einzelergebnisse aus "
                          f"{len(pruning.runs)} Prüfläufen {verb}:")
        days = dict(ScreeningRun.unscoped.filter(pk__in=pruning.runs).values_list("pk", "as_of"))
        for run_id in pruning.runs:
            self.stdout.write(f"  Prüflauf {run_id} (Stichtag {days[run_id]:%d.%m.%Y}): "
                              f"{_number(pruning.results_by_run[run_id])} Einzelergebnisse")
