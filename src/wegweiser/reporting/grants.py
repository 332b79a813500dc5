"""The one door for the grant ledger: grant, budget lines, expenses, milestones.

Rules: an expense lies within the grant period and is positive; an expense that takes a budget
line over its plan is saved, with a warning (the plan may be shifted between lines within the
limits of the grant notice - the office decides, the software shows it). Receipts are kept at
least five years after the end of the grant period (ANBest-P 6.2): before then an expense or the
grant cannot be deleted; nothing is deleted automatically afterwards either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import DecimalField, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import formats
from django.utils.translation import gettext as _

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .models import BudgetLine, Expense, Grant, Milestone

__all__ = ["ConflictError", "add_expense", "delete_expense", "delete_grant", "keep_until",
           "line_sums", "save_grant", "save_line", "save_milestone"]

RETENTION_YEARS = 5
ZERO = Decimal("0.00")


def keep_until(grant: Grant) -> date:
    """The last day receipts of the grant must be kept: five years after its period ends."""
    end = grant.period_end
    try:
        return end.replace(year=end.year + RETENTION_YEARS)
    except ValueError:  # 29 February
        return end.replace(year=end.year + RETENTION_YEARS, day=28)


def save_grant(user, grant: Grant, expected_version: int | None, request=None) -> Grant:
    problems: dict[str, list[str]] = {}
    if grant.amount is None or grant.amount <= 0:
        problems["amount"] = [_("Der bewilligte Betrag muss größer als 0 sein.")]
    if grant.own_share is not None and grant.own_share < 0:
        problems["own_share"] = [_("Der Eigenanteil kann nicht negativ sein.")]
    if grant.period_start and grant.period_end and grant.period_start > grant.period_end:
        problems["period_end"] = [_("Der Bewilligungszeitraum endet vor seinem Beginn.")]
    if grant.pk:
        outside = Expense.unscoped.filter(grant=grant).filter(
            Q(spent_on__lt=grant.period_start) | Q(spent_on__gt=grant.period_end))
        if outside.exists():
            problems["period_start"] = [_("Es gibt Ausgaben außerhalb des neuen Zeitraums.")]
    for field, message in [("programme", _("Bitte das Förderprogramm angeben.")),
                           ("funding_body", _("Bitte den Zuwendungsgeber angeben.")),
                           ("notice_reference", _("Bitte das Aktenzeichen des Bescheids angeben."))]:
        if not str(getattr(grant, field) or "").strip():
            problems[field] = [message]
    if problems:
        raise ValidationError(problems)
    return _save(user, grant, expected_version, f"Zuwendung {grant.notice_reference}", request)


def save_line(user, line: BudgetLine, expected_version: int | None, request=None) -> BudgetLine:
    problems: dict[str, list[str]] = {}
    if line.planned is None or line.planned < 0:
        problems["planned"] = [_("Der geplante Betrag kann nicht negativ sein.")]
    if not line.title.strip():
        problems["title"] = [_("Bitte die Ausgabenposition bezeichnen.")]
    if problems:
        raise ValidationError(problems)
    return _save(user, line, expected_version, f"Ausgabenposition {line.title}", request)


def add_expense(user, expense: Expense, request=None) -> list[str]:
    """Record an expense; answers warnings (a line over its plan) - refused is raised."""
    grant, line = expense.grant, expense.line
    problems: dict[str, list[str]] = {}
    if expense.amount is None or expense.amount <= 0:
        problems["amount"] = [_("Der Betrag muss größer als 0 sein.")]
    if expense.spent_on is None or not grant.period_start <= expense.spent_on <= grant.period_end:
        problems["spent_on"] = [_("Die Ausgabe liegt außerhalb des Bewilligungszeitraums "
                                  "(%(start)s bis %(end)s).") % {
            "start": formats.date_format(grant.period_start, "d.m.Y"),
            "end": formats.date_format(grant.period_end, "d.m.Y")}]
    if line.grant_id != grant.pk:
        problems["line"] = [_("Die Ausgabenposition gehört zu einer anderen Zuwendung.")]
    if not expense.receipt.strip():
        problems["receipt"] = [_("Bitte die Belegnummer angeben.")]
    if not expense.description.strip():
        problems["description"] = [_("Bitte die Ausgabe beschreiben.")]
    event = expense.training_event if expense.training_event_id else None
    if event is not None and event.authority_id != expense.authority_id:
        problems["training_event"] = [_("Diese Fortbildung gibt es nicht.")]
    if problems:
        raise ValidationError(problems)
    _save(user, expense, None, f"Ausgabe {expense.receipt}", request)
    spent = _spent(Expense.unscoped.filter(line=line))
    if spent > line.planned:
        return [_("Die Position „%(line)s“ liegt jetzt %(over)s EUR über dem Plan.") % {
            "line": line.title, "over": formats.number_format(spent - line.planned, 2,
                                                            force_grouping=True)}]
    return []


def save_milestone(user, milestone: Milestone, expected_version: int | None,
                   request=None) -> Milestone:
    if not milestone.title.strip():
        raise ValidationError({"title": [_("Bitte den Meilenstein benennen.")]})
    if milestone.due_on is None:
        raise ValidationError({"due_on": [_("Bitte das Fälligkeitsdatum angeben.")]})
    return _save(user, milestone, expected_version, f"Meilenstein {milestone.title}", request)


def delete_expense(user, expense: Expense, today: date, request=None) -> None:
    _refuse_within_retention(expense.grant, today)
    with transaction.atomic():
        expense.delete()
        _audit(user, AuditAction.DELETE, expense.authority_id, f"Ausgabe {expense.receipt}", request)


def delete_grant(user, grant: Grant, today: date, request=None) -> None:
    _refuse_within_retention(grant, today)
    with transaction.atomic():
        Expense.unscoped.filter(grant=grant).delete()
        grant.delete()
        _audit(user, AuditAction.DELETE, grant.authority_id,
               f"Zuwendung {grant.notice_reference}", request)


def _refuse_within_retention(grant: Grant, today: date) -> None:
    until = keep_until(grant)
    if today <= until:
        raise ValidationError(_("Belege sind bis zum %(day)s aufzubewahren (fünf Jahre nach Ende "
                                "des Bewilligungszeitraums); vorher wird nichts gelöscht.") % {
            "day": formats.date_format(until, "d.m.Y")})


@dataclass(frozen=True)
class LineSum:
    line: BudgetLine
    planned: Decimal
    spent: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.planned - self.spent

    @property
    def over(self) -> bool:
        return self.spent > self.planned


def _spent(expenses) -> Decimal:
    return expenses.aggregate(s=Coalesce(Sum("amount"), Value(ZERO), output_field=_money()))["s"]


def _money() -> DecimalField:
    return DecimalField(max_digits=14, decimal_places=2)


def line_sums(grant: Grant) -> list[LineSum]:
    """Planned vs spent per line, one query."""
    lines = BudgetLine.unscoped.filter(grant=grant).annotate(
        spent=Coalesce(Sum("expenses__amount"), Value(ZERO), output_field=_money())).order_by("pk")
    return [LineSum(line, line.planned, line.spent) for line in lines]


def totals(sums: list[LineSum]) -> dict[str, Decimal]:
    planned = sum((s.planned for s in sums), ZERO)
    spent = sum((s.spent for s in sums), ZERO)
    return {"planned": planned, "spent": spent, "remaining": planned - spent}


def _save(user, row, expected_version: int | None, target: str, request):
    creating = row.pk is None
    with transaction.atomic():
        if not creating:
            claim_version(type(row).unscoped, row, expected_version)
        row.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, row.authority_id,
               target, request)
    return row


def _audit(user, action: str, authority_id: int, target: str, request) -> None:
    record(user, action, target=target, authority_id=authority_id,
           detail={"record": "grant"}, request=request)
