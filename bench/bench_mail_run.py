"""A mail run of 2,000 households to PDF (target ≤ 60 s), with progress.

Usage:

    .venv/bin/python bench/bench_mail_run.py                      # SQLite in a temporary file
    .venv/bin/python bench/bench_mail_run.py --households 2000 --families 500
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wegweiser_bench_letters \\
        .venv/bin/python bench/bench_mail_run.py

Builds one authority with a desk, a finished screening run and --households households at
their own addresses (--families of them a couple with one child, the rest single persons; every
tenth with a Turkish annex, every twentieth with an Arabic one), all "met now". Then writes the
mail run as the worker would (letters.mailruns.execute) and prints the seconds of each phase,
the letters per second and the size of the combined print file. A second run follows to show
that nothing is written twice.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
os.environ["DEBUG"] = "false"
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench-letters.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402


def build(households: int, families: int):
    from wegweiser.accounts.models import Authority, User
    from wegweiser.cases.models import FamilyLink, Person
    from wegweiser.counselling.models import Desk
    from wegweiser.letters.models import PostalAddress
    from wegweiser.screening.models import ScreeningResult, ScreeningRun

    authority = Authority.objects.create(name=f"Bench {time.time()}", short_name="BL")
    user = User.objects.create_user(f"sb-{authority.pk}", authority=authority, role="caseworker")
    desk = Desk.objects.create(authority=authority, name="Zentrale Anlaufstelle",
                               slug=f"bench-{authority.pk}", address="Markt 1\n40822 Mettmann",
                               walk_in_hours="Di und Do 9–12 Uhr", phone="02104 99-0")
    run = ScreeningRun.objects.create(authority=authority, as_of=timezone.localdate(),
                                      status="done")
    persons, links, sizes = [], [], []
    for h in range(households):
        size = 3 if h < families else 1
        sizes.append(size)
        for m in range(size):
            persons.append(Person(
                authority=authority, file_number=f"BL-{h:05d}-{m}", family_name=f"Familie{h}",
                given_names=["Amal", "Karim", "Lina"][m], sex=["f", "m", "f"][m],
                nationality="IRQ", birth_date=date(1985 + 20 * (m == 2), 1 + m, 1)))
    for p in persons:
        p.refresh_search_keys()
    Person.objects.bulk_create(persons, batch_size=2000)
    persons = list(Person.unscoped.filter(authority=authority).order_by("file_number"))
    addresses, results, i = [], [], 0
    for h, size in enumerate(sizes):
        members = persons[i:i + size]
        i += size
        if size == 3:
            links += [FamilyLink(authority=authority, person=members[0], relative=members[1],
                                 relation="spouse"),
                      FamilyLink(authority=authority, person=members[0], relative=members[2],
                                 relation="parent")]
        language = "tr" if h % 10 == 0 else "ar" if h % 20 == 5 else ""
        for person in members:
            addresses.append(PostalAddress(authority=authority, person=person,
                                           street=f"Lindenweg {h}", postcode="40822",
                                           city="Mettmann", language=language))
            results.append(ScreeningResult(authority=authority, run=run, person=person,
                                           pathway_id="p25a" if person.given_names == "Lina"
                                           else "p25b", verdict="should", summary="erfüllt"))
    FamilyLink.objects.bulk_create(links, batch_size=2000)
    PostalAddress.objects.bulk_create(addresses, batch_size=2000)
    ScreeningResult.objects.bulk_create(results, batch_size=2000)
    return user, run, desk, len(persons)


def workers_cpu() -> float:
    """CPU seconds of the finished worker processes (reaped by the forkserver, their parent)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # cutime + cstime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=2000)
    parser.add_argument("--families", type=int, default=500)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    from wegweiser.accounts.scoping import authority_scope
    from wegweiser.letters.mailruns import create_run, execute
    from wegweiser.letters.models import MailRun
    from wegweiser.screening.cli_run import Bar

    began = time.perf_counter()
    user, run, desk, persons = build(args.households, args.families)
    print(f"Aufbau: {args.households} Haushalte, {persons} Personen in "
          f"{time.perf_counter() - began:.1f} s")
    phases: dict[str, float] = {}
    last = [time.perf_counter()]
    bar = Bar(sys.stderr)

    def progress(label, done, total):
        bar(label, done, total)
        now = time.perf_counter()
        phases[label] = phases.get(label, 0.0) + now - last[0]
        last[0] = now

    with authority_scope(run.authority_id):
        mail_run = create_run(user, screening_run=run, group="met_now", desk=desk, enqueue=False)
        start = last[0] = time.perf_counter()
        cpu = time.process_time()
        execute(mail_run, progress)
        total = time.perf_counter() - start
        cpu = time.process_time() - cpu
        workers = workers_cpu()
        mail_run = MailRun.unscoped.get(pk=mail_run.pk)
        print(f"Stand: {mail_run.status}; Anzahlen: {mail_run.counts}")
        print(f"Serienbrief gesamt: {total:.1f} s (Ziel ≤ 60 s); "
              f"{mail_run.counts['letters'] / total:.0f} Briefe/s")
        for label, seconds in phases.items():
            print(f"  {label}: {seconds:.1f} s")
        # On a loaded machine the wall time says little; the CPU seconds do: the writing
        # process's own, and those of the worker processes that set the parts.
        cores = os.cpu_count() or 1
        print(f"Rechenzeit: Hauptprozess {cpu:.1f} s, Satzprozesse {workers:.1f} s; auf "
              f"{cores} freien Kernen also etwa {max(cpu, (cpu + workers) / cores):.0f} s")
        print(f"Druckdatei: {len(bytes(mail_run.print_pdf)) / 1e6:.1f} MB")
        again = create_run(user, screening_run=run, group="met_now", desk=desk, enqueue=False)
        start = time.perf_counter()
        execute(again)
        again = MailRun.unscoped.get(pk=again.pk)
        print(f"Zweiter Lauf: {again.counts['letters']} Briefe, "
              f"{again.counts['duplicates']} Haushalte übersprungen, "
              f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
