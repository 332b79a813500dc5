"""Migration reporting 0003 moves a text reference that is exactly the title of one training
event of the expense's own authority to the foreign key (and clears the text); other texts,
another authority's title and an ambiguous title stay text."""

import importlib
from datetime import date
from decimal import Decimal

import pytest
from django.apps import apps

from tests.reporting.grant_helpers import new_grant, new_line
from tests.training.factories import make_event, make_topic
from wegweiser.reporting.models import Expense

migration = importlib.import_module(
    "wegweiser.reporting.migrations.0003_expense_training_event")


@pytest.mark.django_db
def test_exact_own_titles_become_links_and_the_rest_stays_text(authority, other_authority,
                                                                users):
    grant = new_grant(authority, users["controlling"])
    line = new_line(grant, users["controlling"], "Seminare", "5000.00")
    topic = make_topic(authority)
    seminar = make_event(topic, title="Deeskalation am Schalter")
    make_event(topic, title="Coaching", held_on=date(2026, 4, 1))
    make_event(topic, title="Coaching", held_on=date(2026, 5, 1))
    make_event(make_topic(other_authority), title="Fremdes Seminar")

    def expense(reference):
        return Expense.objects.create(
            authority=authority, grant=grant, line=line, spent_on=date(2026, 3, 1),
            amount=Decimal("10.00"), receipt=reference[:10], description="x",
            reference=reference)

    linked = expense("Deeskalation am Schalter")
    others = [expense(text) for text in ("Deeskalation am schalter", "Dolmetschen März",
                                         "Fremdes Seminar", "Coaching")]

    migration.link_expenses_to_events(apps, None)

    linked.refresh_from_db()
    assert (linked.training_event_id, linked.reference) == (seminar.pk, "")
    for row in others:
        reference = row.reference
        row.refresh_from_db()
        assert (row.training_event_id, row.reference) == (None, reference)
