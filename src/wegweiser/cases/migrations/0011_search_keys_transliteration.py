"""Recompute every person's search keys after the name rules changed (cases/names.py:
s/z as one class, a word-initial Y/J kept before a, o, u, the ending -ić, exact tokens for
ranking), and let PostgreSQL find a file number by any part of it (trigram index).

The keys come from the current cases.names, the same function the model, the import and
the demo loader use. Rows are read and written in batches; unchanged keys are left alone.
"""

from django.db import migrations

from wegweiser.cases.names import search_keys

BATCH = 2000
FORWARD_POSTGRESQL = [
    "CREATE INDEX IF NOT EXISTS cases_person_file_number_trgm "
    "ON cases_person USING gin (file_number gin_trgm_ops)",
]
BACKWARD_POSTGRESQL = ["DROP INDEX IF EXISTS cases_person_file_number_trgm"]


def recompute_search_keys(apps, schema_editor):
    person_model = apps.get_model("cases", "Person")
    rows = person_model._base_manager.order_by("pk").values_list(
        "pk", "family_name", "given_names", "name_variants", "search_keys")
    changed = []
    for pk, family_name, given_names, name_variants, stored in rows.iterator(chunk_size=BATCH):
        variants = [v.strip() for v in name_variants.splitlines() if v.strip()]
        keys = search_keys([family_name, given_names, *variants])
        if keys != stored:
            changed.append((keys, pk))
        if len(changed) >= BATCH:
            _write(schema_editor.connection, person_model, changed)
            changed = []
    _write(schema_editor.connection, person_model, changed)


def _write(connection, person_model, changed: list[tuple[str, int]]) -> None:
    # One prepared UPDATE for many rows: bulk_update's CASE per batch took 36 s for 38,000.
    table = connection.ops.quote_name(person_model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET search_keys = %s WHERE id = %s", changed)


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD_POSTGRESQL:
            schema_editor.execute(statement)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD_POSTGRESQL:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("cases", "0010_school_record_successful")]
    operations = [
        migrations.RunPython(recompute_search_keys, migrations.RunPython.noop),
        migrations.RunPython(add_index, drop_index),
    ]
