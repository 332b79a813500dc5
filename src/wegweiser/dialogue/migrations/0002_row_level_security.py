from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    dependencies = [("dialogue", "0001_partners")]
    operations = migration_operations("dialogue")
