from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    """Row-level security for the approval settings (and their history)."""

    dependencies = [("cases", "0017_approval_settings")]
    operations = migration_operations("cases")
