from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    dependencies = [("reporting", "0001_committee_report_and_grant")]
    operations = migration_operations("reporting")
