from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    dependencies = [("training", "0001_staff_training")]
    operations = migration_operations("training")
