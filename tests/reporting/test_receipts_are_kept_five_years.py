"""Receipts are kept five years after the grant period: no deletion before then."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests.conftest import login
from tests.reporting.grant_helpers import new_grant, new_line, spend


def test_an_expense_cannot_be_deleted_within_five_years(authority, users, client):
    from wegweiser.reporting import grants
    from wegweiser.reporting.models import Expense

    user = users["controlling"]
    grant = new_grant(authority, user)
    spend(grant, new_line(grant, user, "Coaching", "500.00", kind="coaching"), user, "100.00")
    expense = Expense.objects.get()
    assert grants.keep_until(grant) == date(2031, 12, 31)
    with pytest.raises(ValidationError, match="31.12.2031"):
        grants.delete_expense(user, expense, date(2031, 12, 31))
    with pytest.raises(ValidationError):
        grants.delete_grant(user, grant, date(2028, 1, 1))
    login(client, user)
    response = client.post(f"/berichte/zuwendungen/{grant.pk}/ausgaben/{expense.pk}/loeschen/")
    assert response.status_code == 302
    assert Expense.objects.filter(pk=expense.pk).exists()
    grants.delete_expense(user, expense, date(2032, 1, 1))
    assert not Expense.objects.exists()


def test_a_grant_can_be_deleted_after_the_retention(authority, users):
    from wegweiser.reporting import grants
    from wegweiser.reporting.models import Grant

    user = users["controlling"]
    grant = new_grant(authority, user)
    spend(grant, new_line(grant, user, "Coaching", "500.00", kind="coaching"), user, "100.00")
    grants.delete_grant(user, grant, date(2032, 1, 1))
    assert not Grant.objects.exists()
