"""`manage.py check --deploy` finds nothing to warn about with the environment documented in
deploy/wegweiser.env.example (DEBUG off, SECRET_KEY, ALLOWED_HOSTS, secure cookies, HSTS)."""

import secrets
import subprocess
import sys

from tests.ops.production import PROJECT, production_environment

EXAMPLE = PROJECT / "deploy" / "wegweiser.env.example"


def documented_environment() -> dict[str, str]:
    lines = [line.strip() for line in EXAMPLE.read_text().splitlines()]
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_the_deploy_checks_find_nothing(tmp_path):
    env = {**production_environment(tmp_path, 8000), **documented_environment(),
           "SECRET_KEY": secrets.token_urlsafe(50), "WEGWEISER_DATA_DIR": str(tmp_path)}
    assert env["DEBUG"] == "false" and env["SECURE_COOKIES"] == "true"

    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level",
                             "WARNING"], cwd=PROJECT, env=env, capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
