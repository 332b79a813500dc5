"""Fast name and file-number search on PostgreSQL: trigram and pattern indexes.

SQLite needs nothing (a small office's table is scanned quickly); pg_trgm is a trusted
extension, so the database owner may create it without superuser rights.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS cases_person_search_keys_trgm "
    "ON cases_person USING gin (search_keys gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS cases_person_file_number_pattern "
    "ON cases_person (authority_id, file_number varchar_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS cases_person_status_birth "
    "ON cases_person (authority_id, current_status_kind, birth_date)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS cases_person_search_keys_trgm",
    "DROP INDEX IF EXISTS cases_person_file_number_pattern",
    "DROP INDEX IF EXISTS cases_person_status_birth",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("cases", "0004_assessment")]
    operations = [migrations.RunPython(forward, backward)]
