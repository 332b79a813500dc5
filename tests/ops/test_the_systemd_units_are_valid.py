"""The unit files in deploy/systemd/ pass `systemd-analyze verify` (syntax, known keys, every
command executable) with the repository standing in for /opt/wegweiser; the web and worker units
are started by tests/ops/production.py exactly as written."""

import shutil
import subprocess

import pytest

from tests.ops.production import INSTALL_DIR, PROJECT, UNITS


def test_systemd_analyze_finds_nothing_to_complain_about(tmp_path):
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    units = sorted(UNITS.iterdir())
    for unit in units:
        (tmp_path / unit.name).write_text(unit.read_text().replace(INSTALL_DIR, str(PROJECT)))

    result = subprocess.run(["systemd-analyze", "verify", *(str(tmp_path / u.name) for u in units)],
                            capture_output=True, text=True)

    assert [u.name for u in units] == ["wegweiser-backup.service", "wegweiser-backup.timer",
                                       "wegweiser-web.service", "wegweiser-worker.service"]
    assert result.returncode == 0 and result.stderr == "", result.stderr
