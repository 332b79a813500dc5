from django.db import migrations, models


class Migration(migrations.Migration):
    """One open proposal per person and source (review.conferences.propose is idempotent)."""

    dependencies = [("review", "0002_row_level_security")]

    operations = [
        migrations.AddConstraint(
            model_name="proposal",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status", "open")), fields=("person", "source"),
                name="proposal_one_open_per_person_and_source"),
        ),
    ]
