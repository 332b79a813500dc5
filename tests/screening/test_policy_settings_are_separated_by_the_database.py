"""On PostgreSQL row-level security keeps one authority's settings from another, too."""

import pytest
from django.db import connection

from wegweiser.screening.models import PolicySettings

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row-level security exists only on PostgreSQL"
)

ROLE = "wegweiser_rls_probe"


def gaps_seen_by(authority_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('wegweiser.authority_id', %s, false)", [str(authority_id)])
        cursor.execute("SELECT gap_tolerance_months FROM screening_policysettings")
        return [row[0] for row in cursor.fetchall()]


def test_the_database_returns_only_the_current_authoritys_settings(authority, other_authority):
    PolicySettings.objects.create(authority=authority, gap_tolerance_months=6)
    PolicySettings.objects.create(authority=other_authority, gap_tolerance_months=1)
    # Act as a non-superuser role, as the production web application does.
    with connection.cursor() as cursor:
        cursor.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}') "
            f"THEN CREATE ROLE {ROLE}; END IF; END $$"
        )
        cursor.execute(f"GRANT SELECT ON screening_policysettings TO {ROLE}")
        cursor.execute(f"SET ROLE {ROLE}")
    try:
        assert gaps_seen_by(authority.pk) == [6]
        assert gaps_seen_by(other_authority.pk) == [1]
        assert gaps_seen_by(0) == []
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET ROLE")
            cursor.execute("SELECT set_config('wegweiser.authority_id', '', false)")


def test_the_settings_and_their_history_have_a_policy(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' AND c.relrowsecurity "
            "AND c.relforcerowsecurity AND c.relname IN "
            "('screening_policysettings', 'screening_historicalpolicysettings')"
        )
        assert len(cursor.fetchall()) == 2
