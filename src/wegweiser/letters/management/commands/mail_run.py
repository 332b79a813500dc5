"""python manage.py mail_run --authority KT [--run 12] --group met_now [--constellation 3] [--desk slug]

Writes the letters of a mail run in this process, with a progress bar on stderr, and prints the
counts. Without --run the authority's latest finished screening run is used.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from wegweiser.accounts.models import Authority
from wegweiser.accounts.scoping import authority_scope
from wegweiser.counselling.models import Desk
from wegweiser.review.models import Constellation
from wegweiser.screening.cli_run import Bar
from wegweiser.screening.models import RunStatus, ScreeningRun

from ...mailruns import create_run, execute
from ...models import MailRun
from ...selection import GROUPS


class Command(BaseCommand):
    help = "Schreibt einen Serienbrief (ein Brief je Haushalt) aus einem Prüflauf."

    def add_arguments(self, parser):
        parser.add_argument("--authority", required=True, help="Kurzname oder Nummer der Behörde")
        parser.add_argument("--run", type=int, help="Nummer des Prüflaufs (Standard: der letzte)")
        parser.add_argument("--group", required=True, choices=list(GROUPS))
        parser.add_argument("--constellation", type=int, help="Nummer der Fallkonstellation")
        parser.add_argument("--desk", help="Kurzname der Beratungsstelle (Standard: die erste)")

    def handle(self, *args, **options):
        authority = self._authority(options["authority"])
        with authority_scope(authority.pk):
            run = self._create(authority, options)
            execute(run, Bar(self.stderr._out))
            run = MailRun.unscoped.get(pk=run.pk)
        if run.status != "done":
            raise CommandError(f"Serienbrief {run.pk} fehlgeschlagen: {run.message}")
        c = run.counts
        self.stdout.write(
            f"Serienbrief {run.pk}: {c['letters']} Briefe an {c['households']} Haushalte "
            f"({c['persons']} Personen); ohne gültige Anschrift: {c['no_address']}; "
            f"übersprungen, weil schon angeschrieben: {c['duplicates']}.")
        for person in run.without_address:
            self.stdout.write(f"  ohne Anschrift: {person['name']} ({person['file_number']})")

    def _authority(self, text: str) -> Authority:
        found = Authority.objects.filter(pk=int(text)) if text.isdigit() else \
            Authority.objects.filter(short_name__iexact=text)
        if found.count() != 1:
            raise CommandError(f"Behörde „{text}“ nicht gefunden.")
        return found.get()

    def _create(self, authority: Authority, options) -> MailRun:
        runs = ScreeningRun.unscoped.filter(authority=authority, status=RunStatus.DONE)
        screening_run = runs.filter(pk=options["run"]).first() if options["run"] else runs.first()
        constellation = Constellation.unscoped.filter(
            authority=authority, pk=options["constellation"]).first() \
            if options["constellation"] else None
        desks = Desk.unscoped.filter(authority=authority)
        desk = desks.filter(slug=options["desk"]).first() if options["desk"] else desks.first()
        try:
            return create_run(None, screening_run=screening_run, group=options["group"],
                              constellation=constellation, desk=desk, enqueue=False)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
