"""A Wegweiser run as in production, for the operations tests.

The web server and the task worker are started with the command lines of the systemd units in
deploy/systemd/ (the repository standing in for /opt/wegweiser), DEBUG off, on a file-based
SQLite database, static files collected and served by WhiteNoise. The demo district fills it.
"""

import http.cookiejar
import os
import secrets
import shlex
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
UNITS = PROJECT / "deploy" / "systemd"
INSTALL_DIR = "/opt/wegweiser"
DEMO_PASSWORD = "Wegweiser-Demo-2026!"
DEMO_PERSONS = 150
STARTUP_SECONDS = 90
# What the pytest environment sets for the tests themselves; the site has its own configuration.
FOREIGN_VARIABLES = ("DATABASE_URL", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE", "NOTIFY_SOCKET",
                     "WEGWEISER_INSECURE_DEV_KEY")


def unit_commands(unit: str, key: str) -> list[list[str]]:
    """The command lines of ``key`` (ExecStartPre, ExecStart) of a unit in deploy/systemd/."""
    commands = []
    for line in (UNITS / unit).read_text().splitlines():
        name, _, value = line.partition("=")
        if name.strip() == key:
            commands.append(shlex.split(value.replace(INSTALL_DIR, str(PROJECT))))
    return commands


def production_environment(data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in FOREIGN_VARIABLES}
    env.update(DEBUG="false", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="127.0.0.1",
               WEGWEISER_DATA_DIR=str(data_dir), WEGWEISER_BIND=f"127.0.0.1:{port}")
    return env


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class ProductionSite:
    data_dir: Path
    env: dict[str, str]
    base_url: str
    processes: list[subprocess.Popen] = field(default_factory=list)

    @property
    def database(self) -> Path:
        return self.data_dir / "wegweiser.sqlite3"

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=self.env,
                              capture_output=True, text=True, check=check)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Read the site's database directly (read-only), as an operator would look."""
        uri = f"{self.database.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=30)) as database:
            return database.execute(sql, params).fetchall()

    def start(self, unit: str) -> None:
        for command in unit_commands(unit, "ExecStart"):
            with (self.data_dir / f"{unit}.log").open("ab") as log:  # the service keeps its copy
                self.processes.append(subprocess.Popen(command, cwd=PROJECT, env=self.env,
                                                       stdout=log, stderr=subprocess.STDOUT))

    def prepare(self, unit: str) -> None:
        for command in unit_commands(unit, "ExecStartPre"):
            subprocess.run(command, cwd=PROJECT, env=self.env, check=True, capture_output=True)

    def wait_until_serving(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if any(p.poll() is not None for p in self.processes):
                raise RuntimeError(f"A service of the site stopped; logs in {self.data_dir}")
            try:
                urllib.request.urlopen(self.base_url + "/anmelden/", timeout=5).close()
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"The site did not answer within {STARTUP_SECONDS} s")

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class Browser:
    """One signed-in member of staff: cookies, CSRF token, plain HTTP (urllib)."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def sign_in(self, username: str, password: str = DEMO_PASSWORD) -> None:
        self.get_text("/anmelden/")  # sets the CSRF cookie
        landing = self.post("/anmelden/", {"username": username, "password": password})
        if "/anmelden/" in landing:
            raise RuntimeError(f"{username} could not sign in")

    def status(self, path: str) -> int:
        """The HTTP status of a page; network failures raise."""
        try:
            with self.opener.open(self.base_url + path, timeout=60) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def get_text(self, path: str) -> str:
        with self.opener.open(self.base_url + path, timeout=60) as response:
            return response.read().decode()

    def post(self, path: str, fields: dict[str, str]) -> str:
        """Submit a form; returns the URL the answer (after redirects) came from."""
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.csrf_token(), **fields})
        with self.opener.open(self.base_url + path, body.encode(), timeout=60) as response:
            response.read()
            return response.url

    def upload(self, path: str, name: str, content: bytes) -> str:
        boundary = secrets.token_hex(16)
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"'
                 f"\r\n\r\n{self.csrf_token()}\r\n".encode(),
                 f'--{boundary}\r\nContent-Disposition: form-data; name="upload"; '
                 f'filename="{name}"\r\nContent-Type: text/csv\r\n\r\n'.encode(),
                 content, f"\r\n--{boundary}--\r\n".encode()]
        request = urllib.request.Request(
            self.base_url + path, b"".join(parts),
            {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        with self.opener.open(request, timeout=60) as response:
            response.read()
            return response.url

    def csrf_token(self) -> str:
        return next((c.value for c in self.cookies if c.name == "csrftoken"), "")
