from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    dependencies = [("review", "0001_initial")]
    operations = migration_operations("review")
