from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    dependencies = [("letters", "0001_letters")]
    operations = migration_operations("letters")
