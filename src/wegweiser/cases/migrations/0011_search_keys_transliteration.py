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
    rows = person_model._base_manager.only(
        "pk", "family_name", "given_names", "name_variants", "search_keys").order_by("pk")
    changed = []
    for person in rows.iterator(chunk_size=BATCH):
        variants = [v.strip() for v in person.name_variants.splitlines() if v.strip()]
        keys = search_keys([person.family_name, person.given_names, *variants])
        if keys != person.search_keys:
            person.search_keys = keys
            changed.append(person)
        if len(changed) >= BATCH:
            person_model._base_manager.bulk_update(changed, ["search_keys"])
            changed = []
    person_model._base_manager.bulk_update(changed, ["search_keys"])


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
