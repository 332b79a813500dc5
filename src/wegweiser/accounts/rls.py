"""Row-level security on PostgreSQL: the database itself keeps authorities apart.

The web layer sets `wegweiser.authority_id` for every request (see accounts.scoping).
An empty setting means a trusted system context (management commands, migrations); the
production web role should additionally be a non-owner role without BYPASSRLS.
"""

SETTING = "current_setting('wegweiser.authority_id', true)"
CONDITION = f"CASE WHEN coalesce({SETTING}, '') = '' THEN true ELSE authority_id = {SETTING}::bigint END"


def enable_sql(table: str) -> list[str]:
    return [
        f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
        f'DROP POLICY IF EXISTS authority_isolation ON "{table}"',
        f'CREATE POLICY authority_isolation ON "{table}" USING ({CONDITION}) WITH CHECK ({CONDITION})',
    ]


def disable_sql(table: str) -> list[str]:
    return [
        f'DROP POLICY IF EXISTS authority_isolation ON "{table}"',
        f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY',
    ]


def scoped_tables(apps, app_label: str) -> list[str]:
    """Every table of the app whose rows carry an authority (historical tables included)."""
    tables = []
    for model in apps.get_app_config(app_label).get_models():
        field_names = {f.name for f in model._meta.get_fields()}
        if "authority" in field_names and model._meta.db_table:
            tables.append(model._meta.db_table)
    return sorted(tables)


def migration_operations(app_label: str):
    from django.db import migrations

    def forward(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for table in scoped_tables(apps, app_label):
            for statement in enable_sql(table):
                schema_editor.execute(statement)

    def backward(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for table in scoped_tables(apps, app_label):
            for statement in disable_sql(table):
                schema_editor.execute(statement)

    return [migrations.RunPython(forward, backward)]
