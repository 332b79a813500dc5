import sys

from django.core.management.base import BaseCommand, CommandError

from wegweiser.accounts.models import Authority, User
from wegweiser.accounts.scoping import authority_scope
from wegweiser.interop.services import import_file

SHOWN_PROBLEMS = 50


class Command(BaseCommand):
    help = "Fallakten aus einer CSV-, XLSX- oder JSON-Datei in eine Ausländerbehörde importieren."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pfad zur Datei (.csv, .xlsx oder .json)")
        parser.add_argument("--authority", required=True, help="Id oder Kurzname der Behörde")
        parser.add_argument("--user", help="Benutzername, dem der Import zugeschrieben wird")
        parser.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")

    def handle(self, *args, **options):
        authority = _authority(options["authority"])
        user = _user(options["user"], authority) if options["user"] else None
        try:
            with open(options["file"], "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(f"Datei nicht lesbar: {error}") from error
        with authority_scope(authority.pk):
            outcome = import_file(data, options["file"], authority, user,
                                  dry_run=options["dry_run"], progress=_progress)
        sys.stderr.write("\n")
        if not outcome.ok:
            self._report(outcome)
            raise CommandError("Nichts übernommen.")
        counts = outcome.counts.as_dict()
        prefix = "Prüfung ohne Speichern" if outcome.dry_run else "Import abgeschlossen"
        self.stdout.write(f"{prefix}: {outcome.rows} Zeilen, {outcome.cases} Personen; "
                          + ", ".join(f"{k}={v}" for k, v in counts.items()))

    def _report(self, outcome) -> None:
        if outcome.message:
            self.stderr.write(outcome.message)
        for problem in outcome.problems[:SHOWN_PROBLEMS]:
            self.stderr.write(f"Zeile {problem.row or '–'} | {problem.column} | "
                              f"{problem.value!s:.40} | {problem.message}")
        if len(outcome.problems) > SHOWN_PROBLEMS:
            self.stderr.write(f"… und {len(outcome.problems) - SHOWN_PROBLEMS} weitere Fehler")


def _authority(key: str) -> Authority:
    matches = Authority.objects.filter(pk=int(key)) if key.isdigit() else (
        Authority.objects.filter(short_name=key))
    if matches.count() != 1:
        raise CommandError(f"Behörde „{key}“ nicht eindeutig gefunden.")
    return matches.get()


def _user(username: str, authority: Authority) -> User:
    try:
        return User.objects.get(username=username, authority=authority)
    except User.DoesNotExist:
        raise CommandError(f"Benutzer „{username}“ gehört nicht zu {authority}.") from None


def _progress(phase: str, done: int, total: int) -> None:
    if phase == "write":
        sys.stderr.write(f"\rGeprüft: {total} Personen fehlerfrei – speichere …" + " " * 20)
    else:
        percent = min(100, round(100 * done / total)) if total else 0
        sys.stderr.write(f"\rPrüfe Zeile {done} von etwa {total} ({percent} %)")
    sys.stderr.flush()
