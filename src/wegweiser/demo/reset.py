"""Remove what an earlier demo run left in the demo offices.

Rows are deleted with plain SQL per table (every table with an `authority` column, history
tables included): going through the ORM would load each of up to 200,000 persons and write a
history row for every deletion. Two things stay: the append-only audit log (its hash chain
covers authority and user ids) and therefore the authority and user rows it points to;
users are updated in place by the next run instead.
"""

from django.apps import apps
from django.db import connection, transaction

from wegweiser.accounts.models import Authority, User
from wegweiser.audit.models import AuditEntry

KEPT = {AuditEntry, User}


def authority_tables() -> list[str]:
    tables = []
    for model in apps.get_models(include_auto_created=True):
        if model in KEPT or model._meta.proxy or not model._meta.managed:
            continue
        field = _authority_field(model)
        if field is not None:
            tables.append(model._meta.db_table)
    return sorted(set(tables))


def link_tables() -> list[tuple[str, str, str]]:
    """(table, column, parent table) of every many-to-many table pointing to a row that
    belongs to an authority (e.g. a conference's participants)."""
    links = []
    for model in apps.get_models(include_auto_created=True):
        if not model._meta.auto_created or _authority_field(model) is not None:
            continue
        for field in model._meta.concrete_fields:
            parent = getattr(field, "related_model", None)
            if parent is not None and parent not in KEPT and _authority_field(parent) is not None:
                links.append((model._meta.db_table, str(field.column), parent._meta.db_table))
    return links


def _authority_field(model):
    for field in model._meta.concrete_fields:
        if field.name == "authority" and getattr(field, "related_model", None) is Authority:
            return field
    return None


@transaction.atomic  # foreign keys are checked at commit, so the table order does not matter
def delete_office_data(authority_ids: list[int]) -> None:
    """Delete all rows of these authorities (except audit entries and users)."""
    if not authority_ids:
        return
    # Users stay (see above), so their team goes first: the teams are deleted below.
    User.objects.filter(authority_id__in=authority_ids).update(team=None, approval_deputy=False)
    marks = ", ".join(["%s"] * len(authority_ids))
    existing = set(connection.introspection.table_names())  # a model may await its migration
    with connection.cursor() as cursor:
        # Many-to-many tables carry no authority: their rows go with the rows they link, first.
        for table, column, parent in link_tables():
            if table in existing and parent in existing:
                cursor.execute(
                    f"DELETE FROM {connection.ops.quote_name(table)} WHERE "
                    f"{connection.ops.quote_name(column)} IN (SELECT id FROM "
                    f"{connection.ops.quote_name(parent)} WHERE authority_id IN ({marks}))",
                    authority_ids)
        for table in (t for t in authority_tables() if t in existing):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"DELETE FROM {quoted} WHERE authority_id IN ({marks})", authority_ids)
