from datetime import date
from decimal import Decimal


def new_grant(authority, user, **changes):
    from wegweiser.reporting import grants
    from wegweiser.reporting.models import Grant

    fields = {"programme": "KOMM-IN NRW", "funding_body": "Land NRW", "notice_reference": "KI-2026-17",
              "amount": Decimal("38000.00"), "period_start": date(2026, 1, 1),
              "period_end": date(2026, 12, 31), **changes}
    return grants.save_grant(user, Grant(authority=authority, **fields), None)


def new_line(grant, user, title, planned, kind="trainers"):
    from wegweiser.reporting import grants
    from wegweiser.reporting.models import BudgetLine

    return grants.save_line(user, BudgetLine(authority_id=grant.authority_id, grant=grant,
                                             kind=kind, title=title, planned=Decimal(planned)), None)


def spend(grant, line, user, amount, day=date(2026, 3, 1), receipt="B-1"):
    from wegweiser.reporting import grants
    from wegweiser.reporting.models import Expense

    return grants.add_expense(user, Expense(authority_id=grant.authority_id, grant=grant, line=line,
                                            spent_on=day, amount=Decimal(amount), receipt=receipt,
                                            description="Seminar"))
