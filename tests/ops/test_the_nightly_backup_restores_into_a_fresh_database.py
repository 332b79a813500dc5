"""deploy/backup.sh (run nightly by wegweiser-backup.timer) backs up the embedded database while
Wegweiser runs; restored into a fresh database it holds the same case files and an intact audit
chain, and backups older than the retention period are deleted."""

import os
import subprocess
import time

import pytest

from tests.ops.production import PROJECT, Browser, ProductionSite

pytestmark = pytest.mark.django_db  # the site's schema is copied from the test database
DAY = 24 * 60 * 60
# what a restore must bring back unchanged
TABLES = ("cases_person", "cases_statusperiod", "cases_asylumprocedure", "audit_auditentry")


@pytest.fixture(scope="module")
def nightly(production_site, tmp_path_factory):
    """One run of the backup script beside an old and a recent earlier backup."""
    site = production_site
    person = site.query("SELECT id FROM cases_person ORDER BY id LIMIT 1")[0][0]
    browser = Browser(site.base_url)
    browser.sign_in("sachbearbeitung1")
    assert browser.status(f"/faelle/{person}/") == 200  # an audit entry at least
    backups = tmp_path_factory.mktemp("backups")
    for name, age_days in (("wegweiser-alt.sqlite3", 40), ("wegweiser-neu.sqlite3", 3)):
        (backups / name).write_text("frühere Sicherung")
        os.utime(backups / name, (time.time() - age_days * DAY,) * 2)
    env = {**site.env, "WEGWEISER_BACKUP_DIR": str(backups), "WEGWEISER_BACKUP_KEEP_DAYS": "30"}
    subprocess.run(["bash", "deploy/backup.sh"], cwd=PROJECT, env=env, check=True,
                   capture_output=True)
    return site, backups


def _rows(site: ProductionSite) -> dict[str, list[tuple]]:
    return {table: site.query(f"SELECT * FROM {table} ORDER BY id") for table in TABLES}


def test_the_backup_restored_into_a_fresh_database_has_the_same_data(nightly, tmp_path):
    site, backups = nightly
    (backup,) = [p for p in backups.iterdir() if p.name != "wegweiser-neu.sqlite3"]
    fresh = ProductionSite(tmp_path, {**site.env, "WEGWEISER_DATA_DIR": str(tmp_path)}, "")

    fresh.manage("restore_database", str(backup), "--noinput")

    assert _rows(fresh) == _rows(site)
    assert len(_rows(fresh)["cases_person"]) > 100 and _rows(fresh)["audit_auditentry"]
    assert "Prüfkette intakt" in fresh.manage("audit_verify").stdout
    assert backup.stat().st_mode & 0o077 == 0  # personal data: for the service account only


def test_backups_older_than_the_retention_period_are_deleted(nightly):
    _site, backups = nightly

    names = sorted(p.name for p in backups.iterdir())

    assert "wegweiser-alt.sqlite3" not in names
    assert "wegweiser-neu.sqlite3" in names and len(names) == 2  # the recent one and tonight's
