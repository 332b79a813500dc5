"""manage.py prune_screening_runs: deletes old results per authority, --dry-run only reports."""

from io import StringIO

from django.core.management import call_command

from tests.screening.retention_helpers import PATHWAYS, finished_run, with_results
from wegweiser.audit.models import AuditAction, AuditEntry


def prune_command(*args) -> str:
    out = StringIO()
    call_command("prune_screening_runs", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_reports_what_would_go_and_changes_nothing(settings, authority, person):
    settings.WEGWEISER_SCREENING_KEEP_RUNS = 2
    runs = [finished_run(authority, person) for _ in range(3)]
    output = prune_command("--dry-run")
    assert "Probelauf: Es wird nichts gelöscht." in output
    assert (f"KT – Kreis Test – Ausländerbehörde: {len(PATHWAYS)} Einzelergebnisse aus "
            "1 Prüfläufen würden gelöscht:") in output
    assert f"  Prüflauf {runs[0].pk} (Stichtag 25.11.2026): {len(PATHWAYS)} Einzelergebnisse" \
        in output
    assert with_results(runs) == runs
    assert not AuditEntry.objects.filter(action=AuditAction.DELETE).exists()


def test_the_command_deletes_and_says_so_per_authority(settings, authority, other_authority,
                                                       person, foreign_person):
    settings.WEGWEISER_SCREENING_KEEP_RUNS = 2
    ours = [finished_run(authority, person) for _ in range(4)]
    theirs = [finished_run(other_authority, foreign_person) for _ in range(2)]
    output = prune_command()
    assert output.splitlines()[0] == ("Aufbewahrung: je Behörde bleiben die Einzelergebnisse der "
                                      "letzten 2 abgeschlossenen Prüfläufe und aller neueren "
                                      "Läufe.")
    assert (f"KT – Kreis Test – Ausländerbehörde: {2 * len(PATHWAYS)} Einzelergebnisse aus "
            "2 Prüfläufen gelöscht:") in output
    assert "SA – Stadt Anders – Ausländerbehörde: nichts zu löschen." in output
    assert output.splitlines()[-1] == (f"Zusammen: {2 * len(PATHWAYS)} Einzelergebnisse aus "
                                       "2 Prüfläufen gelöscht.")
    assert with_results(ours) == ours[2:] and with_results(theirs) == theirs
    assert AuditEntry.objects.filter(action=AuditAction.DELETE).count() == 1
