"""The fast PostgreSQL path (COPY) must work for the production role, not only for a
superuser: COPY FROM into a table with forced row-level security is refused by PostgreSQL."""

import pytest
from django.db import connection

from interop.factories import valid_csv
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop.services import import_file

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row-level security exists only on PostgreSQL"
)

ROLE = "wegweiser_import_probe"


@pytest.fixture
def as_web_role(authority):
    """A role without BYPASSRLS, scoped to the importing authority like a web request."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}') "
            f"THEN CREATE ROLE {ROLE}; END IF; END $$"
        )
        cursor.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                       f"TO {ROLE}")
        cursor.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {ROLE}")
        cursor.execute(f"SET ROLE {ROLE}")
        cursor.execute("SELECT set_config('wegweiser.authority_id', %s, false)",
                       [str(authority.pk)])
    yield
    with connection.cursor() as cursor:
        cursor.execute("RESET ROLE")
        cursor.execute("SELECT set_config('wegweiser.authority_id', '', false)")


def test_a_role_under_row_level_security_can_import_and_reimport(authority, head, as_web_role):
    with connection.cursor() as cursor:
        cursor.execute("SELECT row_security_active('cases_person')")
        assert cursor.fetchone()[0], "the probe role must be subject to row-level security"

    first = import_file(valid_csv(), "bestand.csv", authority, head)
    second = import_file(valid_csv(), "bestand.csv", authority, head)

    assert first.ok and first.counts.persons_created == 3, first.message
    assert second.ok and second.counts.persons_unchanged == 3, second.message
    assert Person.unscoped.filter(authority=authority).count() == 3
    assert StatusPeriod.history.filter(history_type="+").count() == 3
