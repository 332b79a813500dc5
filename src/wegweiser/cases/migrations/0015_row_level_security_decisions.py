from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    """Row-level security for the new tables (applications, decisions, approvals)."""

    dependencies = [("cases", "0014_decision_links")]
    operations = migration_operations("cases")
