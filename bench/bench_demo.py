"""Time the demo generator: households and persons per second, peak memory.

Usage:

    .venv/bin/python bench/bench_demo.py 100000            # fresh SQLite file in a temp dir
    .venv/bin/python bench/bench_demo.py 2000 --orm        # the bulk_create writer instead
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_demo.py 100000

N counts households in the district (as `manage.py demo --persons N`); family members and the
neighbouring office (7.5 %) come on top, so the number of Person rows is about 1.9 × N.
Target: 100,000 in under 3 minutes on SQLite.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
os.environ.setdefault("DEBUG", "true")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("households", type=int, nargs="?", default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--orm", action="store_true", help="use bulk_create instead of executemany")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        os.environ["WEGWEISER_DATA_DIR"] = tempfile.mkdtemp(prefix="wegweiser-bench-demo-")

    import django

    django.setup()
    from django.core.management import call_command

    from wegweiser.cases.models import Person, StatusPeriod
    from wegweiser.demo.run import build_demo

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    build_demo(args.seed, args.households, date(2026, 3, 1), reset=True, orm=args.orm)
    seconds = time.perf_counter() - started
    persons, periods = Person.objects.count(), StatusPeriod.objects.count()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"households: {args.households:,}  persons: {persons:,}  periods: {periods:,}")
    print(f"time: {seconds:.1f} s  households/s: {args.households / seconds:,.0f}  "
          f"persons/s: {persons / seconds:,.0f}  peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
