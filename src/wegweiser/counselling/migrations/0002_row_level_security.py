from django.db import migrations

from wegweiser.accounts.rls import migration_operations


class Migration(migrations.Migration):
    dependencies = [("counselling", "0001_desk_calendar_booking_queue")]
    operations = migration_operations("counselling")
