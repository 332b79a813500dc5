"""Server time of the case list (filtered, paged) and the case detail.

Usage (PostgreSQL, 100,000 persons as in docs/benchmarks.md):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wegweiser_bench \\
        .venv/bin/python bench/bench_case_pages.py --persons 55000

The database is migrated and filled by the demo generator unless --reuse is given; the static
files are collected first (into var/static, as in production). Prints p50/p95
per page and the peak memory of the process. Target: p95 ≤ 100 ms.
"""

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
# Measure as in production: no debug mode, cached templates.
os.environ["DEBUG"] = "false"
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
os.environ["ALLOWED_HOSTS"] = "testserver"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

LIST_QUERIES = [
    {},
    {"band": "96-"},
    {"band": "12-35", "sort": "chain"},
    {"q": "mohammed"},
    {"nationality": "IRQ", "page": "3"},
    {"status": "duldung", "sort": "birth_date", "page": "20"},
    {"q": "RW-"},
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(client: Client, url: str, params: dict | None = None) -> float:
    start = time.perf_counter()
    response = client.get(url, params or {})
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (url, params, response.status_code)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--reuse", action="store_true", help="keep the existing data")
    args = parser.parse_args()

    # As in production: hashed static files from collectstatic, served by WhiteNoise (without
    # the manifest every page fails with DEBUG off).
    call_command("collectstatic", interactive=False, verbosity=0)
    if not args.reuse:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        call_command("demo", persons=args.persons, reset=True, verbosity=0)
        print(f"Demo-Daten: {args.persons} Personen in {time.perf_counter() - started:.1f} s")

    from wegweiser.accounts.models import User
    from wegweiser.cases.models import Person

    user = User.objects.filter(role="caseworker", authority__isnull=False).order_by("pk").first()
    assert user is not None, "Keine Sachbearbeitung gefunden – Demo-Daten fehlen."
    client = Client()
    client.force_login(user)
    ids = list(Person.unscoped.filter(authority=user.authority).values_list("pk", flat=True))
    rng = random.Random(7)

    timed(client, "/faelle/")  # warm-up
    list_times = [timed(client, "/faelle/", rng.choice(LIST_QUERIES)) for _ in range(args.requests)]
    detail_times = [timed(client, f"/faelle/{rng.choice(ids)}/") for _ in range(args.requests)]

    print(f"Personen der Behörde: {len(ids)}; Datenbank: {django.db.connection.vendor}")
    for name, values in [("Fallliste (gefiltert, seitenweise)", list_times),
                         ("Fallakte", detail_times)]:
        print(
            f"{name}: p50 {statistics.median(values):.1f} ms, "
            f"p95 {percentile(values, 0.95):.1f} ms, max {max(values):.1f} ms "
            f"({len(values)} Anfragen)"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Spitzenspeicher: {peak:.0f} MB")


if __name__ == "__main__":
    main()
