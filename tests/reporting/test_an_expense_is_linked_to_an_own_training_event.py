"""An expense names the training event it pays for: the form offers only the office's own
events, the door refuses another authority's event (German message, nothing saved), and the
grant page and the proof of use (Verwendungsnachweis) show the linked event."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tests.conftest import login
from tests.reporting.grant_helpers import new_grant, new_line
from tests.training.factories import make_event, make_topic
from wegweiser.reporting import grants
from wegweiser.reporting.forms import ExpenseForm
from wegweiser.reporting.models import Expense
from wegweiser.reporting.pdf import proof_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def ledger(authority, other_authority, users):
    grant = new_grant(authority, users["controlling"])
    line = new_line(grant, users["controlling"], "Seminare", "5000.00")
    ours = make_event(make_topic(authority), title="Deeskalation am Schalter")
    theirs = make_event(make_topic(other_authority), title="Fremdes Seminar")
    return grant, line, ours, theirs


def _expense(grant, line, event):
    return Expense(authority_id=grant.authority_id, grant=grant, line=line,
                   spent_on=date(2026, 3, 24), amount=Decimal("1200.00"), receipt="RE-7",
                   description="Honorar", training_event=event)


def test_the_form_offers_only_the_offices_own_events(ledger):
    grant, _line, ours, theirs = ledger
    offered = list(ExpenseForm(prefix="expense", grant=grant).fields["training_event"].queryset)
    assert offered == [ours]


def test_the_door_refuses_another_authoritys_event(ledger, users):
    grant, line, _ours, theirs = ledger
    with pytest.raises(ValidationError) as refused:
        grants.add_expense(users["controlling"], _expense(grant, line, theirs))
    assert "Diese Fortbildung gibt es nicht." in refused.value.message_dict["training_event"]
    assert not Expense.objects.exists()


def test_posting_another_authoritys_event_is_refused_in_german(ledger, users, client):
    grant, line, _ours, theirs = ledger
    login(client, users["controlling"])
    response = client.post(f"/berichte/zuwendungen/{grant.pk}/ausgaben/", {
        "expense-line": line.pk, "expense-spent_on": "2026-03-24", "expense-amount": "1200",
        "expense-receipt": "RE-7", "expense-description": "Honorar",
        "expense-training_event": theirs.pk})
    assert response.status_code == 400
    assert "gültige" in response.content.decode()
    assert not Expense.objects.exists()


def test_the_grant_page_and_the_proof_of_use_show_the_linked_event(ledger, users, client):
    grant, line, ours, _theirs = ledger
    grants.add_expense(users["controlling"], _expense(grant, line, ours))
    login(client, users["controlling"])
    page = client.get(f"/berichte/zuwendungen/{grant.pk}/").content.decode()
    assert "Fortbildung: Deeskalation am Schalter (10.03.2026)" in page
    assert "Fortbildung: Deeskalation am Schalter (10.03.2026)" in proof_html(grant)
