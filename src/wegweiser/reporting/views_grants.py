"""Pages of the grant ledger: grants, budget lines, expenses, milestones, proof of use."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.form_saving import add_errors

from . import grants
from .forms import ExpenseForm, GrantForm, LineForm, MilestoneForm
from .models import Expense, Grant
from .pdf import proof_pdf


def _grant(pk) -> Grant:
    return get_object_or_404(Grant.objects.all(), pk=pk)


@requires("grant.view")
def grant_list(request):
    return render(request, "reporting/grant_list.html", {"grants": Grant.objects.all()})


@requires("grant.view")
def grant_detail(request, pk, forms: dict | None = None, status: int = 200):
    grant = _grant(pk)
    sums = grants.line_sums(grant)
    may_edit = can(request.user, "grant.edit")
    forms = forms or {}
    context = {
        "grant": grant, "sums": sums, "totals": grants.totals(sums),
        "expenses": grant.expenses.select_related("line", "training_event").order_by(
            "spent_on", "pk"),
        "milestones": grant.milestones.order_by("due_on", "pk"),
        "keep_until": grants.keep_until(grant), "today": timezone.localdate(),
        "may_edit": may_edit,
    }
    if may_edit:
        context.update(line_form=forms.get("line") or LineForm(prefix="line"),
                       expense_form=forms.get("expense") or ExpenseForm(prefix="expense",
                                                                        grant=grant),
                       milestone_form=forms.get("milestone") or MilestoneForm(prefix="milestone"))
    return render(request, "reporting/grant_detail.html", context, status=status)


@requires("grant.edit")
def grant_edit(request, pk=None):
    grant = _grant(pk) if pk else Grant(authority_id=request.user.authority_id)
    form = GrantForm(request.POST or None, instance=grant)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            instance = form.save(commit=False)
            try:
                grants.save_grant(request.user, instance, form.cleaned_data.get("version"), request)
            except grants.ConflictError as error:
                form.add_error(None, str(error))
                status = 409
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("Gespeichert."))
                return redirect("reporting:grant", pk=instance.pk)
    title = _("Zuwendung bearbeiten") if grant.pk else _("Neue Zuwendung")
    return render(request, "reporting/grant_form.html",
                  {"form": form, "grant": grant, "title": title}, status=status)


def _add(request, pk, key: str, form, save) -> HttpResponse:
    """Save one row added on the grant page; a refused one shows the page with the messages."""
    if form.is_valid():
        row = form.save(commit=False)
        row.grant = _grant(pk)
        row.authority_id = request.user.authority_id
        try:
            warnings = save(row)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Gespeichert."))
            for warning in warnings or []:
                messages.warning(request, warning)
            return redirect("reporting:grant", pk=pk)
    return grant_detail(request, pk, forms={key: form}, status=400)


@require_POST
@requires("grant.edit")
def line_add(request, pk):
    _grant(pk)
    return _add(request, pk, "line", LineForm(request.POST, prefix="line"),
                lambda row: grants.save_line(request.user, row, None, request) and [])


@require_POST
@requires("grant.edit")
def expense_add(request, pk):
    grant = _grant(pk)
    return _add(request, pk, "expense", ExpenseForm(request.POST, prefix="expense", grant=grant),
                lambda row: grants.add_expense(request.user, row, request))


@require_POST
@requires("grant.edit")
def milestone_add(request, pk):
    _grant(pk)
    return _add(request, pk, "milestone", MilestoneForm(request.POST, prefix="milestone"),
                lambda row: grants.save_milestone(request.user, row, None, request) and [])


@require_POST
@requires("grant.edit")
def expense_delete(request, pk, expense_pk):
    expense = get_object_or_404(Expense.objects.select_related("grant"), pk=expense_pk, grant_id=pk)
    try:
        grants.delete_expense(request.user, expense, timezone.localdate(), request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Die Ausgabe wurde gelöscht."))
    return redirect("reporting:grant", pk=pk)


@require_POST
@requires("grant.edit")
def grant_delete(request, pk):
    grant = _grant(pk)
    try:
        grants.delete_grant(request.user, grant, timezone.localdate(), request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("reporting:grant", pk=pk)
    messages.success(request, _("Die Zuwendung wurde gelöscht."))
    return redirect("reporting:grants")


@requires("grant.view")
def proof_download(request, pk):
    grant = _grant(pk)
    record(request.user, AuditAction.EXPORT, target=f"Verwendungsnachweis {grant.notice_reference}",
           detail={"record": "grant", "id": grant.pk}, request=request)
    response = HttpResponse(proof_pdf(grant), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="verwendungsnachweis-{grant.pk}.pdf"'
    return response
