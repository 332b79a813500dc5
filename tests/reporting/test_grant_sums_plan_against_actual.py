"""Sums per budget line: planned, spent, remaining; over plan is a warning, not a refusal."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tests.reporting.grant_helpers import new_grant, new_line, spend


def test_sums_per_line_and_in_total(authority, users):
    from wegweiser.reporting import grants

    user = users["controlling"]
    grant = new_grant(authority, user)
    trainers = new_line(grant, user, "Externe Referenten", "12000.00")
    coaching = new_line(grant, user, "Coaching", "8000.00", kind="coaching")
    new_line(grant, user, "Übersetzung", "3000.00", kind="translation")
    assert spend(grant, trainers, user, "450.00") == []
    spend(grant, trainers, user, "899.99", receipt="B-2")
    spend(grant, coaching, user, "1200.50", receipt="B-3")
    sums = {s.line.title: s for s in grants.line_sums(grant)}
    assert sums["Externe Referenten"].spent == Decimal("1349.99")
    assert sums["Externe Referenten"].remaining == Decimal("10650.01")
    assert sums["Übersetzung"].spent == Decimal("0.00")
    assert grants.totals(list(sums.values())) == {
        "planned": Decimal("23000.00"), "spent": Decimal("2550.49"),
        "remaining": Decimal("20449.51")}


def test_an_expense_over_plan_is_saved_with_a_warning(authority, users):
    from wegweiser.reporting.models import Expense

    user = users["controlling"]
    grant = new_grant(authority, user)
    line = new_line(grant, user, "Dolmetschen", "100.00", kind="translation")
    warnings = spend(grant, line, user, "150.00")
    assert Expense.objects.count() == 1
    assert "50,00 EUR über dem Plan" in warnings[0]


@pytest.mark.parametrize(("day", "amount"), [(date(2025, 12, 31), "10.00"),
                                             (date(2027, 1, 1), "10.00"),
                                             (date(2026, 5, 1), "0.00"),
                                             (date(2026, 5, 1), "-5.00")])
def test_an_expense_outside_the_period_or_not_positive_is_refused(authority, users, day, amount):
    from wegweiser.reporting.models import Expense

    user = users["controlling"]
    grant = new_grant(authority, user)
    line = new_line(grant, user, "Coaching", "100.00", kind="coaching")
    with pytest.raises(ValidationError):
        spend(grant, line, user, amount, day=day)
    assert not Expense.objects.exists()


def test_the_proof_of_use_lists_plan_and_actual(authority, users, client):
    import io

    from pypdf import PdfReader

    from tests.conftest import login

    user = users["controlling"]
    grant = new_grant(authority, user, report_text="Zwei Seminare zur Deeskalation.")
    line = new_line(grant, user, "Externe Referenten", "12000.00")
    spend(grant, line, user, "450.00")
    login(client, user)
    response = client.get(f"/berichte/zuwendungen/{grant.pk}/verwendungsnachweis.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Verwendungsnachweis" in text and "Sachbericht" in text
    assert "Zwei Seminare" in text
    assert "12.000,00" in text and "450,00" in text and "11.550,00" in text
