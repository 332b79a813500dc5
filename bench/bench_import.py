"""Benchmark: import N persons (about four status periods each) from one CSV file.

    DEBUG=true DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/bench_import.py
    DEBUG=true DATABASE_URL=postgres://postgres@127.0.0.1:5432/wegweiser_bench_import \
        .venv/bin/python bench/bench_import.py --persons 100000

Migrates the configured database, creates a fresh authority, imports the generated file and
imports it a second time (the idempotent path: nothing changes). Prints wall time, rows per
second and the peak memory of the process. Target: 100,000 persons in at most 60 s.
"""

import argparse
import os
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from wegweiser.accounts.models import Authority, Municipality  # noqa: E402
from wegweiser.interop.layout import ALL_COLUMNS  # noqa: E402
from wegweiser.interop.services import import_file  # noqa: E402

TOWNS = ["Altstadt", "Neudorf", "Bergheim", "Talhausen"]
NATIONALITIES = ["SYR", "AFG", "IRQ", "GIN", "NGA", "TUR", "XXA", "XXX"]
NAMES = ["Haddad", "Ahmadi", "Barry", "Osei", "Petrova", "Kaya", "Nour", "Rahimi", "Diallo"]


def generate_csv(persons: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    lines = [";".join(c.header for c in ALL_COLUMNS)]
    for number in range(persons):
        person = _person_cells(rng, number)
        for period in _periods(rng):
            lines.append(";".join(person + period))
    return ("\ufeff" + "\n".join(lines) + "\n").encode()


def _person_cells(rng: random.Random, number: int) -> list[str]:
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange(20000))
    tri = ["ja", "nein", ""]
    return [
        f"AZ-{number:07d}", f"{rng.randrange(10**11):011d}", rng.choice(NAMES),
        rng.choice(["Yusuf", "Anna", "Mamadou", "Lina", "Farid"]), "", birth.strftime("%d.%m.%Y"),
        rng.choice("wmdx"), rng.choice(NATIONALITIES), "", rng.choice(TOWNS), rng.choice(tri),
        "", rng.choice(tri), "", "", "", "", rng.choice(["ja", "nein"]), "",
    ]


def _periods(rng: random.Random) -> list[list[str]]:
    start = date(2012, 1, 1) + timedelta(days=rng.randrange(2500))
    kinds = ["gestattung", "duldung", "duldung", rng.choice(["duldung", "residence_permit"])]
    rows = []
    for index, kind in enumerate(kinds[: rng.choice([3, 4, 4, 5])]):
        end = start + timedelta(days=rng.randrange(180, 700))
        last = index == len(kinds) - 1
        basis = "§ 25 Abs. 5 AufenthG" if kind == "residence_permit" else ""
        reason = rng.choice(["16", "36", "12"]) if kind == "duldung" else ""
        rows.append([kind, start.strftime("%d.%m.%Y"), "" if last else end.strftime("%d.%m.%Y"),
                     basis, reason, ""])
        start = end + timedelta(days=1)
    return rows


def timed_import(data: bytes, authority, label: str) -> None:
    started = time.perf_counter()
    outcome = import_file(data, "bench.csv", authority, None, progress=_progress)
    seconds = time.perf_counter() - started
    sys.stderr.write("\n")
    if not outcome.ok:
        raise SystemExit(f"rejected: {outcome.message} {outcome.problems[:5]}")
    print(f"{label}: {seconds:.1f} s wall, {outcome.rows / seconds:,.0f} rows/s, "
          f"{outcome.cases / seconds:,.0f} persons/s; {outcome.counts.as_dict()}")


def _progress(phase: str, done: int, total: int) -> None:
    sys.stderr.write(f"\r{phase} {done}/{total}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    authority = Authority.objects.create(name=f"Benchmark {time.time_ns()}", short_name="BENCH")
    Municipality.objects.bulk_create(Municipality(authority=authority, name=n) for n in TOWNS)
    data = generate_csv(args.persons)
    print(f"database: {django.db.connection.vendor}; file: {len(data) / 1e6:.1f} MB, "
          f"{data.count(b'\n') - 1:,} rows, {args.persons:,} persons")
    timed_import(data, authority, "first import ")
    timed_import(data, authority, "second import")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
