"""Fast set-based writes for large imports.

Django's bulk_create compiles every value through the SQL compiler, which costs more than
the database itself once a file has a million values. Here each value is adapted once by
its field type and many rows go into one INSERT statement; history rows are copied inside the database with
INSERT … SELECT instead of being rebuilt in Python. Only the importer uses this.
"""

from collections.abc import Callable
from functools import partial

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import timezone

MAX_PARAMS = 30000  # bound parameters per statement, below SQLite's 32766
CHUNK = 900  # ids per IN (…) list: below SQLite's and every other backend's limit
HISTORY_ONLY = {"history_id", "history_date", "history_change_reason", "history_type",
                "history_user"}


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def insert_rows(model, rows: list[dict]) -> None:
    """INSERT rows given as {attname: value}; missing attributes take the field default.

    Primary keys are not read back. Values are adapted per field type once, not per value
    through the model layer: that is what makes a million values cheap.
    """
    if not rows:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    defaults = _defaults(fields)
    adapters = [_adapter(f) for f in fields]
    columns = ", ".join(_quote(f.column) for f in fields)
    head = f"INSERT INTO {_quote(model._meta.db_table)} ({columns}) VALUES "
    one_row = f"({', '.join(['%s'] * len(fields))})"
    names = [f.attname for f in fields]
    # Many rows per statement: one round trip per batch, not per row (PostgreSQL).
    per_statement = max(1, min(500, MAX_PARAMS // len(fields)))
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            batch = rows[start:start + per_statement]
            params = [
                _adapt(adapt, row.get(name, defaults[name]))
                for row in batch for name, adapt in zip(names, adapters, strict=True)
            ]
            cursor.execute(head + ", ".join([one_row] * len(batch)), params)


def update_objects(model, objects: list, names: list[str]) -> None:
    """UPDATE the named fields of saved instances, one prepared statement for all."""
    if not objects:
        return
    fields = [model._meta.get_field(name) for name in names]
    assignments = ", ".join(f"{_quote(f.column)} = %s" for f in fields)
    sql = f"UPDATE {_quote(model._meta.db_table)} SET {assignments} WHERE {_quote('id')} = %s"
    conn = connections[DEFAULT_DB_ALIAS]
    rows = [
        (*(f.get_db_prep_save(f.pre_save(obj, False), conn) for f in fields), obj.pk)
        for obj in objects
    ]
    _executemany(sql, rows)


def _defaults(fields) -> dict:
    now = timezone.now()
    defaults = {}
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            defaults[f.attname] = now
        else:
            defaults[f.attname] = f.get_default()
    return defaults


_AS_IS = {"CharField", "TextField", "BooleanField", "IntegerField", "PositiveIntegerField",
          "PositiveSmallIntegerField", "SmallIntegerField", "BigIntegerField", "ForeignKey",
          "OneToOneField"}


def _adapter(field) -> Callable | None:
    conn = connections[DEFAULT_DB_ALIAS]
    kind = field.get_internal_type()
    if kind in _AS_IS:
        return None
    if kind == "DateField":
        return conn.ops.adapt_datefield_value
    if kind == "DateTimeField":
        return conn.ops.adapt_datetimefield_value
    if kind == "DecimalField":
        return partial(conn.ops.adapt_decimalfield_value, max_digits=field.max_digits,
                       decimal_places=field.decimal_places)
    return partial(_prep, field, conn)


def _prep(field, conn, value):
    return field.get_db_prep_save(value, conn)


def _adapt(adapt, value):
    if adapt is None or value is None:
        return value
    return adapt(value)


def _executemany(sql: str, rows: list[tuple]) -> None:
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start:start + 5000])


def copy_to_history(model, column: str, ids, user_id: int | None, reason: str,
                    history_type: str) -> None:
    """Write history rows ("+" created, "~" changed, "-" deleted) for the rows whose
    `column` is in `ids`, straight from the stored rows."""
    history = model.history.model
    copied = [f.column for f in history._meta.concrete_fields if f.name not in HISTORY_ONLY]
    target = ", ".join(_quote(c) for c in [*copied, "history_date", "history_change_reason",
                                           "history_type", "history_user_id"])
    source = ", ".join(_quote(c) for c in copied)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    ids = list(ids)
    with connection.cursor() as cursor:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            cursor.execute(
                f"INSERT INTO {_quote(history._meta.db_table)} ({target}) "
                f"SELECT {source}, %s, %s, %s, %s FROM {_quote(model._meta.db_table)} "
                f"WHERE {_quote(column)} IN ({', '.join(['%s'] * len(chunk))})",
                [now, reason, history_type, user_id, *chunk],
            )


def delete_where(model, column: str, ids, user_id: int | None, reason: str) -> int:
    """DELETE the rows whose `column` is in `ids`, keeping a "-" history row for each."""
    ids = list(ids)
    copy_to_history(model, column, ids, user_id, reason, "-")
    deleted = 0
    with connection.cursor() as cursor:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            cursor.execute(
                f"DELETE FROM {_quote(model._meta.db_table)} "
                f"WHERE {_quote(column)} IN ({', '.join(['%s'] * len(chunk))})", chunk)
            deleted += cursor.rowcount
    return deleted
