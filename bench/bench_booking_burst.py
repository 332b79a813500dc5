"""A burst of booking attempts on a real server: 2,000 POSTs on 100 free slots.

Usage (PostgreSQL; the database named in DATABASE_URL is dropped and created afresh):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wegweiser_bench_booking \\
        .venv/bin/python bench/bench_booking_burst.py [--attempts 2000] [--slots 100] \\
        [--clients 50] [--workers 2] [--threads 8]

Starts gunicorn with deploy/gunicorn.conf.py (DEBUG off, static files collected, as the web unit
in deploy/systemd/), creates one desk with exactly `--slots` free, released slots, then lets
`--clients` concurrent clients fire `--attempts` booking POSTs at the real public view (each
client first fetches the page for its CSRF cookie and token, as a browser would), every attempt
a different person choosing a random one of the slots. Counts afterwards in the database:
bookings (must equal the slots), double bookings (must be 0), and the latency of the POSTs
(p50/p95/max; target p95 ≤ 300 ms). Abuse protection (rate limit, challenge) is switched off for
the server through WEGWEISER_PUBLIC_RATE_LIMIT=off and WEGWEISER_PUBLIC_CHALLENGE=off.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import random
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import closing
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "src"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fresh_database(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def server_environment(args, data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(DEBUG="false", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="127.0.0.1",
               WEGWEISER_DATA_DIR=str(data_dir), WEGWEISER_BIND=f"127.0.0.1:{port}",
               WEB_CONCURRENCY=str(args.workers), WEGWEISER_THREADS=str(args.threads),
               PYTHONPATH=str(PROJECT / "src"), TASKS_BACKEND="django_tasks_db.DatabaseBackend",
               WEGWEISER_PUBLIC_RATE_LIMIT="off", WEGWEISER_PUBLIC_CHALLENGE="off")
    return env


def manage(env: dict[str, str], *command: str) -> None:
    subprocess.run([sys.executable, "manage.py", *command], cwd=PROJECT, env=env, check=True)


def prepare_desk(env: dict[str, str], slots: int) -> tuple[str, list[int]]:
    """One desk, one topic of one unit, exactly `slots` free released regular slots."""
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "SECRET_KEY", "WEGWEISER_DATA_DIR")})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
    import django

    django.setup()
    from datetime import time as clock
    from datetime import timedelta

    from django.utils import timezone

    from wegweiser.accounts.models import Authority
    from wegweiser.counselling.models import Contingent, Desk, OpeningHours, Slot, Topic
    from wegweiser.counselling.slots import sync_slots

    authority = Authority.objects.create(name="Kreis Bench – Ausländerbehörde", short_name="KB")
    desk = Desk.objects.create(authority=authority, name="Anlaufstelle Bench", slug="bench",
                               horizon_days=28, max_open_bookings=2, phone="02104 99-0")
    for weekday in range(5):
        OpeningHours.objects.create(authority=authority, desk=desk, weekday=weekday,
                                    starts=clock(8), ends=clock(16), counsellors=2)
    Topic.objects.create(authority=authority, desk=desk, name="Dokumente", key="dokumente",
                         units=1)
    today = timezone.localdate()
    sync_slots(desk, until=today + timedelta(days=21), today=today)
    keep = list(Slot.objects.filter(desk=desk, starts_at__gt=timezone.now() + timedelta(hours=2))
                .order_by("starts_at", "seat").values_list("pk", flat=True)[:slots])
    Slot.objects.filter(desk=desk).exclude(pk__in=keep).delete()
    Slot.objects.filter(desk=desk).update(released_at=timezone.now() - timedelta(days=1),
                                          contingent=Contingent.REGULAR)
    return desk.slug, keep


def start_server(env: dict[str, str], base: str, log) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(PROJECT / ".venv" / "bin" / "gunicorn"), "--config", "deploy/gunicorn.conf.py",
         "wegweiser.wsgi"], cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/buergerservice/", timeout=10)
            return server
        except OSError:  # refused while starting, or the first answer is slow
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not start; see its log")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client_run(base: str, slug: str, slot_pks: list[int], numbers: list[int],
               barrier: threading.Barrier, results: list, lock: threading.Lock) -> None:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    query = f"?topic=dokumente&language=de&slot={slot_pks[0]}"
    page = opener.open(f"{base}/buergerservice/{slug}/termin/angaben/{query}", timeout=120).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    barrier.wait()
    for number in numbers:
        slot = random.choice(slot_pks)
        url = f"{base}/buergerservice/{slug}/termin/angaben/?topic=dokumente&language=de&slot={slot}"
        data = urllib.parse.urlencode({
            "csrfmiddlewaretoken": token, "name": f"Besucherin {number}",
            "birth_date": f"19{50 + number % 50:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "phone": f"0170 {number:07d}"}).encode()
        request = urllib.request.Request(url, data=data, headers={"Referer": url})
        start = time.perf_counter()
        try:
            status = opener.open(request, timeout=60).status
        except urllib.error.HTTPError as error:
            status = error.code
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            results.append((status, elapsed))


def count_bookings(slots: list[int]) -> tuple[int, int, int]:
    from django.db.models import Count

    from wegweiser.counselling.models import Appointment, SlotClaim

    booked = Appointment.unscoped.filter(status__in=("held", "confirmed")).count()
    double = (SlotClaim.unscoped.values("slot_id").annotate(n=Count("pk")).filter(n__gt=1).count())
    claimed = SlotClaim.unscoped.filter(slot_id__in=slots).count()
    return booked, double, claimed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=2000)
    parser.add_argument("--slots", type=int, default=100)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("DATABASE_URL=postgres://… is required (the database is recreated).")

    fresh_database(url)
    data_dir = Path(tempfile.mkdtemp(prefix="wegweiser-bench-booking-"))
    port = free_port()
    env = server_environment(args, data_dir, port)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    slug, slots = prepare_desk(env, args.slots)
    base = f"http://127.0.0.1:{port}"
    with open(data_dir / "gunicorn.log", "w") as log:
        server = start_server(env, base, log)
        try:
            results: list[tuple[int, float]] = []
            lock = threading.Lock()
            barrier = threading.Barrier(args.clients + 1)
            shares = [list(range(n, args.attempts, args.clients)) for n in range(args.clients)]
            clients = [threading.Thread(target=client_run,
                                        args=(base, slug, slots, share, barrier, results, lock))
                       for share in shares]
            for client in clients:
                client.start()
            barrier.wait()
            began = time.perf_counter()
            for client in clients:
                client.join()
            wall = time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=30)

    booked, double, claimed = count_bookings(slots)
    statuses: dict[int, int] = {}
    for status, _elapsed in results:
        statuses[status] = statuses.get(status, 0) + 1
    latencies = [elapsed for _status, elapsed in results]
    print(f"attempts {len(results)} from {args.clients} concurrent clients in {wall:.1f} s "
          f"({len(results) / wall:.0f}/s); gunicorn {args.workers} workers × {args.threads} threads")
    print(f"answers: {dict(sorted(statuses.items()))} (302 booked, 409 taken)")
    print(f"bookings {booked} (want {args.slots}), slots claimed {claimed}, "
          f"double bookings {double} (want 0)")
    print(f"latency p50 {statistics.median(latencies):.0f} ms, p95 {percentile(latencies, .95):.0f} ms,"
          f" max {max(latencies):.0f} ms (target p95 ≤ 300 ms)")
    print(f"server log: {data_dir / 'gunicorn.log'}")
    if booked != args.slots or double or statuses.get(500):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
