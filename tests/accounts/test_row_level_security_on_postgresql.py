"""On PostgreSQL the database itself refuses rows of another authority (row-level security)."""

import pytest
from django.db import connection, transaction

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row-level security exists only on PostgreSQL"
)

ROLE = "wegweiser_rls_probe"


@pytest.fixture
def as_web_role(db):
    """Act as a non-superuser role, as the production web application does."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}') "
            f"THEN CREATE ROLE {ROLE}; END IF; END $$"
        )
        cursor.execute(f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {ROLE}")
        cursor.execute(f"SET ROLE {ROLE}")
    yield
    with connection.cursor() as cursor:
        cursor.execute("RESET ROLE")


def file_numbers(authority_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('wegweiser.authority_id', %s, false)", [str(authority_id)])
        cursor.execute("SELECT file_number FROM cases_person ORDER BY file_number")
        return [row[0] for row in cursor.fetchall()]


def test_the_database_returns_only_the_current_authoritys_rows(person, foreign_person, as_web_role):
    assert file_numbers(person.authority_id) == [person.file_number]
    assert file_numbers(foreign_person.authority_id) == [foreign_person.file_number]
    assert file_numbers(0) == []


def test_the_database_refuses_writing_a_row_into_another_authority(person, foreign_person, as_web_role):
    from django.db.utils import ProgrammingError

    file_numbers(person.authority_id)
    with pytest.raises(ProgrammingError, match="row-level security"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE cases_person SET authority_id = %s WHERE id = %s",
                [foreign_person.authority_id, person.pk],
            )


def test_every_table_with_personal_data_has_a_policy(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
            "WHERE a.attname = 'authority_id' AND c.relkind = 'r' AND c.relname LIKE 'cases_%%' "
            "AND NOT c.relrowsecurity"
        )
        assert cursor.fetchall() == []


def test_the_audit_log_refuses_updates_in_the_database(caseworker, person):
    from django.db.utils import ProgrammingError

    from wegweiser.audit.models import AuditAction, AuditEntry
    from wegweiser.audit.services import record

    record(caseworker, AuditAction.VIEW, person=person)
    with pytest.raises(ProgrammingError, match="nur ergänzt"), transaction.atomic():
        AuditEntry.objects.update(username="x")
