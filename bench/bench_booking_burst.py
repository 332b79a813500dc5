"""A burst of booking attempts on a real server: 2,000 POSTs on 100 free slots.

Usage (PostgreSQL; the database named in DATABASE_URL is dropped and created afresh, from a
migrated template database `<name>_tpl_<hash of the migrations>` kept for the next run):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wegweiser_bench_booking \\
        .venv/bin/python bench/bench_booking_burst.py [--attempts 2000] [--slots 100] \\
        [--clients 4,10,50,100] [--repeat 2] [--client-processes 1] [--workers W] [--threads T]

Starts gunicorn with deploy/gunicorn.conf.py (DEBUG off, static files collected, as the web unit
in deploy/systemd/; workers and threads as configured there unless given), creates one desk with
exactly `--slots` free, released slots, then for each number of clients (and `--repeat` times)
lets that many concurrent clients fire `--attempts` booking POSTs at the real public view, every
attempt a different person choosing a random one of the slots; before each round the bookings of
the last one are deleted.

The load generator is kept lean, so that it does not take the server's CPU: every client asks
for a keep-alive HTTP/1.1 connection (as a browser does), all clients of a process are driven by
one asyncio loop over raw sockets, spread over `--client-processes` processes. gunicorn as
configured closes the connection after each answer (keep-alive off, as behind the documented
proxy, which opens one connection per request; decision 0023), and the client opens a new one,
so "connections" counts about one per request. Each client first fetches the form for its CSRF
cookie and token, as a browser would; the latency of every POST is measured from sending it to
having read the whole answer. Printed per round: bookings (must equal the slots) and double
bookings (must be 0) counted in the database, the answers, the latency (p50/p95/max; target p95
≤ 300 ms with 50 clients), also per answer (booked 302, taken 409), the load, and the CPU used
during the burst as a share of all cores: by the clients, by gunicorn, by the PostgreSQL
backends of this database and by the whole machine (other work included). Abuse protection (rate
limit, challenge) is switched off for the server through WEGWEISER_PUBLIC_RATE_LIMIT=off and
WEGWEISER_PUBLIC_CHALLENGE=off.

With `--proxy nginx` (nginx installed: `apt-get install nginx`) the clients talk to an nginx in
front of gunicorn, configured as in docs/operations/README.md: it keeps the clients' connections
and opens one connection per request to gunicorn.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import os
import random
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
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


def migrations_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted((PROJECT / "src").glob("wegweiser/*/migrations/*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def fresh_database(url: str, env: dict[str, str]) -> None:
    """Drop and create the database, copied from a migrated template (migrating takes minutes on
    a busy machine); the template is made on the first run after a change of the migrations."""
    import psycopg

    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    template = f"{name}_tpl_{migrations_digest()}"
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        known = {row[0] for row in connection.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", [f"{name}_tpl_%"])}
        if template in known:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            return
        for old in known:
            connection.execute(f'DROP DATABASE "{old}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        connection.execute(f'CREATE DATABASE "{template}" TEMPLATE "{name}"')


def server_environment(args, data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(DEBUG="false", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="127.0.0.1",
               WEGWEISER_DATA_DIR=str(data_dir), WEGWEISER_BIND=f"127.0.0.1:{port}",
               PYTHONPATH=str(PROJECT / "src"), TASKS_BACKEND="django_tasks_db.DatabaseBackend",
               WEGWEISER_PUBLIC_RATE_LIMIT="off", WEGWEISER_PUBLIC_CHALLENGE="off")
    if args.workers:
        env["WEB_CONCURRENCY"] = str(args.workers)
    if args.threads:
        env["WEGWEISER_THREADS"] = str(args.threads)
    return env


def server_settings(env: dict[str, str]) -> dict:
    """The gunicorn settings the server starts with (the config file read with its environment)."""
    import runpy

    saved = dict(os.environ)
    os.environ.update(env)
    try:
        return runpy.run_path(str(PROJECT / "deploy" / "gunicorn.conf.py"))
    finally:
        os.environ.clear()
        os.environ.update(saved)


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


NGINX_CONF = """daemon off; worker_processes 1; pid {dir}/nginx.pid; error_log {dir}/nginx.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  client_body_temp_path {dir}/body; proxy_temp_path {dir}/proxy; fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi; scgi_temp_path {dir}/scgi;
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://127.0.0.1:{upstream};
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }}
  }}
}}
"""


def start_proxy(data_dir: Path, upstream: int) -> tuple[subprocess.Popen, int]:
    """nginx in front of gunicorn as in docs/operations/README.md: the clients keep their
    connection to nginx, which opens one connection per request to gunicorn (its default)."""
    port = free_port()
    (data_dir / "nginx.conf").write_text(NGINX_CONF.format(dir=data_dir, port=port,
                                                           upstream=upstream))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    proxy = subprocess.Popen([nginx, "-p", str(data_dir), "-c", str(data_dir / "nginx.conf")])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/buergerservice/", timeout=10)
            return proxy, port
        except OSError:
            time.sleep(0.2)
    proxy.terminate()
    raise SystemExit("nginx did not start; see nginx.log in " + str(data_dir))


def _head(host: str, method: str, path: str, cookie: str = "", length: int | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: keep-alive"]
    if cookie:
        lines.append(f"Cookie: {cookie}")
    if length is not None:
        lines += [f"Referer: http://{host}{path}",
                  "Content-Type: application/x-www-form-urlencoded", f"Content-Length: {length}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


class Connection:
    """One client's keep-alive connection; reopened only if the server closes it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.opened = 0

    async def request(self, data: bytes) -> tuple[int, dict[str, list[str]], bytes]:
        if self.reader is not None and self.reader.at_eof():
            self.close()  # the server closed it while idle (gunicorn's keepalive), as browsers see
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            self.opened += 1
        assert self.reader is not None and self.writer is not None
        self.writer.write(data)
        line = await self.reader.readline()
        if not line:  # closed before it read the request: a browser sends it again, so do we
            self.close()
            return await self.request(data)
        status = int(line.split()[1])
        headers: dict[str, list[str]] = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _colon, value = line.decode("latin-1").partition(":")
            headers.setdefault(name.strip().lower(), []).append(value.strip())
        if headers.get("transfer-encoding", [""])[0].lower() == "chunked":
            body = b""
            while size := int((await self.reader.readline()).strip(), 16):
                body += await self.reader.readexactly(size + 2)
            await self.reader.readline()
        else:
            body = await self.reader.readexactly(int(headers.get("content-length", ["0"])[0]))
        if headers.get("connection", [""])[0].lower() == "close":
            self.close()
        return status, headers, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _client(connection: Connection, slug: str, slot_pks: list[int], numbers: list[int],
                  start: asyncio.Event, ready: list, results: list) -> None:
    path = f"/buergerservice/{slug}/termin/angaben/"
    query = f"?topic=dokumente&language=de&slot={slot_pks[0]}"
    _status, headers, page = await connection.request(_head(connection.host, "GET", path + query))
    cookie = next(c.split(";")[0] for c in headers["set-cookie"] if c.startswith("csrftoken="))
    found = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert found is not None, "the booking form has no CSRF token"
    token = found.group(1).decode()
    ready.append(1)
    await start.wait()
    for number in numbers:
        url = f"{path}?topic=dokumente&language=de&slot={random.choice(slot_pks)}"
        body = urllib.parse.urlencode({
            "csrfmiddlewaretoken": token, "name": f"Besucherin {number}",
            "birth_date": f"19{50 + number % 50:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "phone": f"0170 {number:07d}"}).encode()
        began = time.perf_counter()
        status, _headers, _body = await connection.request(
            _head(connection.host, "POST", url, cookie, len(body)) + body)
        results.append((status, (time.perf_counter() - began) * 1000))


async def _drive(port: int, slug: str, slot_pks: list[int], shares: list[list[int]],
                 ready_queue, go) -> tuple[list, float, int]:
    start = asyncio.Event()
    ready: list = []
    results: list[tuple[int, float]] = []
    connections = [Connection("127.0.0.1", port) for _share in shares]
    tasks = [asyncio.create_task(_client(c, slug, slot_pks, share, start, ready, results))
             for c, share in zip(connections, shares, strict=True)]
    while len(ready) < len(shares):
        await asyncio.sleep(0.01)
    ready_queue.put(len(ready))
    await asyncio.get_running_loop().run_in_executor(None, go.wait)
    cpu = sum(os.times()[:2])
    start.set()
    await asyncio.gather(*tasks)
    return results, sum(os.times()[:2]) - cpu, sum(c.opened for c in connections)


def client_process(port: int, slug: str, slot_pks: list[int], shares: list[list[int]],
                   ready_queue, go, result_queue) -> None:
    """One process of the load generator: all its clients on one asyncio loop."""
    result_queue.put(asyncio.run(_drive(port, slug, slot_pks, shares, ready_queue, go)))


# --- CPU accounting from /proc ----------------------------------------------------------------

TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def _processes() -> list[tuple[int, int, str]]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            found.append((int(entry.name), ppid, command))
    return found


def cpu_snapshot(server_pid: int, database: str, proxy_pid: int = 0) -> dict[str, float]:
    processes = _processes()
    server = [pid for pid, ppid, _c in processes if pid == server_pid or ppid == server_pid]
    proxy = [pid for pid, ppid, _c in processes if proxy_pid and proxy_pid in (pid, ppid)]
    postgres = [pid for pid, _ppid, command in processes
                if command.startswith("postgres:") and f" {database} " in command]
    busy, total = 0, 0
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
        total, idle = sum(values[:8]), values[3] + values[4]
        busy = total - idle
    return {"server": sum(_cpu_of(p) for p in server), "proxy": sum(_cpu_of(p) for p in proxy),
            "postgres": {p: _cpu_of(p) for p in postgres},  # type: ignore[dict-item]
            "busy": busy / TICKS, "total": total / TICKS}


def cpu_used(before: dict, after: dict) -> dict[str, float]:
    postgres = sum(cpu - before["postgres"].get(pid, 0.0) for pid, cpu in after["postgres"].items())
    return {"server": after["server"] - before["server"], "postgres": postgres,
            "proxy": after["proxy"] - before["proxy"],
            "machine": (after["busy"] - before["busy"]) / max(after["total"] - before["total"], 1e-9)}


def count_bookings(slots: list[int]) -> tuple[int, int, int]:
    from django.db.models import Count

    from wegweiser.counselling.models import Appointment, SlotClaim

    booked = Appointment.unscoped.filter(status__in=("held", "confirmed")).count()
    double = (SlotClaim.unscoped.values("slot_id").annotate(n=Count("pk")).filter(n__gt=1).count())
    claimed = SlotClaim.unscoped.filter(slot_id__in=slots).count()
    return booked, double, claimed


def forget_bookings() -> None:
    """The slots free again for the next round (the audit log keeps its entries)."""
    from wegweiser.counselling.models import Appointment, SlotClaim

    SlotClaim.unscoped.all().delete()
    Appointment.unscoped.all().delete()


def burst(args, port: int, slug: str, slots: list[int], clients: int, offset: int,
          server_pid: int, database: str, proxy_pid: int = 0) -> dict:
    """One round: `clients` concurrent clients, `args.attempts` POSTs, counted afterwards."""
    forget_bookings()
    shares = [list(range(offset + n, offset + args.attempts, clients)) for n in range(clients)]
    processes = max(1, min(args.client_processes, clients))
    context = multiprocessing.get_context("spawn")
    ready, results_queue, go = context.Queue(), context.Queue(), context.Event()
    workers = [context.Process(target=client_process,
                               args=(port, slug, slots, shares[n::processes], ready, go,
                                     results_queue))
               for n in range(processes)]
    for worker in workers:
        worker.start()
    for _worker in workers:
        ready.get(timeout=300)
    load_before = os.getloadavg()[0]
    cpu_before = cpu_snapshot(server_pid, database, proxy_pid)
    began = time.perf_counter()
    go.set()
    results: list[tuple[int, float]] = []
    client_cpu = 0.0
    connections = 0
    for _worker in workers:
        part, cpu, opened = results_queue.get(timeout=600)
        results += part
        client_cpu += cpu
        connections += opened
    wall = time.perf_counter() - began
    used = cpu_used(cpu_before, cpu_snapshot(server_pid, database, proxy_pid))
    for worker in workers:
        worker.join()
    booked, double, claimed = count_bookings(slots)
    statuses: dict[int, int] = {}
    for status, _elapsed in results:
        statuses[status] = statuses.get(status, 0) + 1
    latencies = [elapsed for _status, elapsed in results]
    by_status = {status: sorted(e for s, e in results if s == status) for status in statuses}
    cores = os.cpu_count() or 1
    return {"clients": clients, "processes": processes, "attempts": len(results), "wall": wall,
            "statuses": dict(sorted(statuses.items())), "booked": booked, "double": double,
            "claimed": claimed, "p50": statistics.median(latencies),
            "p95": percentile(latencies, .95), "max": max(latencies),
            "by_status": {status: (statistics.median(values), percentile(values, .95))
                          for status, values in sorted(by_status.items())},
            "load": (load_before, os.getloadavg()[0]), "connections": connections,
            "client_cpu": client_cpu / wall / cores, "server_cpu": used["server"] / wall / cores,
            "postgres_cpu": used["postgres"] / wall / cores, "machine_cpu": used["machine"],
            "proxy_cpu": used["proxy"] / wall / cores if proxy_pid else None}


def report(round_: dict, args) -> None:
    r = round_
    print(f"{r['clients']} clients ({r['processes']} client process(es), {r['connections']} "
          f"connections): {r['attempts']} attempts in {r['wall']:.1f} s "
          f"({r['attempts'] / r['wall']:.0f}/s); load {r['load'][0]:.1f} → {r['load'][1]:.1f}")
    print(f"  answers {r['statuses']} (302 booked, 409 taken); bookings {r['booked']} "
          f"(want {args.slots}), slots claimed {r['claimed']}, double bookings {r['double']} "
          f"(want 0)")
    print(f"  latency p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, max {r['max']:.0f} ms "
          f"(target p95 ≤ 300 ms)")
    print("  per answer: " + "; ".join(f"{status} p50 {p50:.0f} ms, p95 {p95:.0f} ms"
                                       for status, (p50, p95) in r["by_status"].items()))
    print(f"  CPU during the burst, share of {os.cpu_count()} cores: clients "
          f"{r['client_cpu']:.0%}, gunicorn {r['server_cpu']:.0%}, PostgreSQL (this database) "
          f"{r['postgres_cpu']:.0%}, "
          + (f"nginx {r['proxy_cpu']:.0%}, " if r["proxy_cpu"] is not None else "")
          + f"whole machine {r['machine_cpu']:.0%}")
    # Per request, which a machine shared with other work changes far less than the latency.
    per = r["wall"] * (os.cpu_count() or 1) * 1000 / r["attempts"]
    print(f"  CPU per request: gunicorn {r['server_cpu'] * per:.1f} ms, PostgreSQL "
          f"{r['postgres_cpu'] * per:.1f} ms, clients {r['client_cpu'] * per:.2f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=2000)
    parser.add_argument("--slots", type=int, default=100)
    parser.add_argument("--clients", default="50",
                        help="concurrent clients; several as a list: 4,10,50,100")
    parser.add_argument("--repeat", type=int, default=1, help="rounds per number of clients")
    parser.add_argument("--client-processes", type=int, default=1)
    parser.add_argument("--workers", type=int, help="default: as in deploy/gunicorn.conf.py")
    parser.add_argument("--threads", type=int, help="default: as in deploy/gunicorn.conf.py")
    parser.add_argument("--proxy", choices=["none", "nginx"], default="none",
                        help="nginx: the clients talk to nginx in front of gunicorn")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("DATABASE_URL=postgres://… is required (the database is recreated).")

    data_dir = Path(tempfile.mkdtemp(prefix="wegweiser-bench-booking-"))
    port = free_port()
    env = server_environment(args, data_dir, port)
    fresh_database(url, env)
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    slug, slots = prepare_desk(env, args.slots)
    database = urllib.parse.urlparse(url).path.lstrip("/")
    base = f"http://127.0.0.1:{port}"
    rounds: list[dict] = []
    config = server_settings(env)
    print(f"gunicorn {config['workers']} workers × {config['threads']} threads, at most "
          f"{config['worker_connections']} connections per worker, keep-alive "
          f"{config['keepalive']} s; {args.attempts} attempts on {args.slots} slots per round",
          flush=True)
    with open(data_dir / "gunicorn.log", "w") as log:
        server = start_server(env, base, log)
        proxy, target = start_proxy(data_dir, port) if args.proxy == "nginx" else (None, port)
        if proxy:
            print("clients → nginx (keep-alive) → gunicorn (one connection per request)")
        try:
            for clients in [int(n) for n in args.clients.split(",")]:
                for _time in range(args.repeat):
                    rounds.append(burst(args, target, slug, slots, clients,
                                        len(rounds) * args.attempts, server.pid, database,
                                        proxy.pid if proxy else 0))
                    report(rounds[-1], args)
        finally:
            if proxy:
                proxy.terminate()
                proxy.wait(timeout=30)
            server.terminate()
            server.wait(timeout=30)
    print(f"server log: {data_dir / 'gunicorn.log'}")
    if any(r["booked"] != args.slots or r["double"] or r["statuses"].get(500) for r in rounds):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
