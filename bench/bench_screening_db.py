"""Benchmark: a screening run over a whole district, end to end from the database.

    DEBUG=true DATABASE_URL=sqlite:////tmp/bench_screening.sqlite3 \
        .venv/bin/python bench/bench_screening_db.py --persons 2000

Migrates the configured database, builds the demo district (`manage.py demo --persons N
--reset`), then runs a screening for every demo authority twice (the second run also computes
the difference to the first).  Prints wall time per run, the per-phase figures stored on the
run (load = ten queries into Polars, frames = mapping rules, evaluate = law.batch,
store = bulk insert + counts + diff) and the peak memory of the process.
"""

import argparse
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from wegweiser.cases.models import Person  # noqa: E402
from wegweiser.demo.run import existing_offices  # noqa: E402
from wegweiser.screening.models import ScreeningRun  # noqa: E402
from wegweiser.screening.runs import execute  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--skip-demo", action="store_true", help="use the existing demo data")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    if not args.skip_demo:
        began = time.perf_counter()
        call_command("demo", persons=args.persons, reset=True, stdout=open(os.devnull, "w"))
        print(f"demo data: {time.perf_counter() - began:.1f} s")
    for office in existing_offices():
        persons = Person.unscoped.filter(authority=office).count()
        for attempt in (1, 2):
            run = ScreeningRun.unscoped.create(authority=office, as_of=args.as_of)
            began = time.perf_counter()
            execute(run)
            wall = time.perf_counter() - began
            run.refresh_from_db()
            phases = ", ".join(f"{k} {v:.2f} s" for k, v in run.phases.items())
            print(f"{office.short_name} run {attempt}: {persons} persons, "
                  f"{run.results.count()} verdicts stored, wall {wall:.2f} s ({phases}); "
                  f"new {run.counts.get('new')}, gone {run.counts.get('gone')}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
