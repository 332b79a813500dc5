from django.db import migrations, models

# Set-based: one UPDATE per table, whatever the number of decisions (the historical rows get the
# received date their application has now, which is what the practice figures would have read).
BACKFILL = [
    f"UPDATE {table} SET received_on = (SELECT a.received_on FROM cases_application a "
    f"WHERE a.id = {table}.application_id)"
    for table in ("cases_decision", "cases_historicaldecision")
]


class Migration(migrations.Migration):
    """The decision carries its application's received date, so that the decision-practice
    figures need no join to applications for the days from application to decision."""

    dependencies = [("cases", "0015_row_level_security_decisions")]

    operations = [
        migrations.AddField(
            model_name="decision",
            name="received_on",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="Eingang am"),
        ),
        migrations.AddField(
            model_name="historicaldecision",
            name="received_on",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="Eingang am"),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
    ]
