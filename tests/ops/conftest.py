import pytest

from tests.ops.production import DEMO_PERSONS, ProductionSite, free_port, production_environment

SQLITE_ONLY = "runs in the SQLite pass: the site is built from the migrated SQLite test database"


@pytest.fixture(scope="session")
def production_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """Wegweiser as the systemd units run it, with the demo district; shared by tests/ops/."""
    from django.db import connection

    from wegweiser.ops.sqlite_backup import back_up

    if connection.vendor != "sqlite":
        pytest.skip(SQLITE_ONLY)
    port = free_port()
    site = ProductionSite(tmp_path_factory.mktemp("site"), {}, f"http://127.0.0.1:{port}")
    site.env = production_environment(site.data_dir, port)
    with django_db_blocker.unblock():
        back_up(site.database)  # the migrated schema; `migrate` in ExecStartPre has nothing to do
    try:
        site.prepare("wegweiser-web.service")  # migrate, collectstatic
        site.manage("demo", "--persons", str(DEMO_PERSONS), "--seed", "7")
        site.start("wegweiser-web.service")
        site.start("wegweiser-worker.service")
        site.wait_until_serving()
        yield site
    finally:
        site.stop()
