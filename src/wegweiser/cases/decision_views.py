"""Pages for applications, decisions, closing a file and four-eyes approvals."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wegweiser.accounts.decorators import requires

from . import approval_settings, decisions, services
from .decision_forms import (
    AnswerForm,
    ApplicationForm,
    ApprovalSettingsForm,
    ClosingForm,
    DecisionForm,
    ReopenForm,
    ResubmitForm,
)
from .decision_queries import approval_subject, decision_view, pending_approvals
from .form_saving import add_errors, save_form
from .forms import scoped_choices
from .models import Application, ApprovalRequest, Decision, Person
from .models.decision import ApprovalState

FORM = "cases/record_form.html"


def _person(pk) -> Person:
    return get_object_or_404(Person, pk=pk)


@requires("decision.edit")
def application_edit(request, pk, application_pk=None):
    person = _person(pk)
    application = (get_object_or_404(Application, pk=application_pk, person=person)
                   if application_pk else
                   Application(person=person, authority_id=person.authority_id,
                               assignee=request.user))
    decided = bool(application_pk) and Decision.objects.filter(application=application).exists()
    form = ApplicationForm(request.POST or None, instance=application, decided=decided)
    scoped_choices(form, request.user.authority_id)
    context = {"person": person, "title": _("Antrag")}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, FORM, context, save=decisions.save_application)
    return render(request, FORM, {**context, "form": form}, status=400 if form.errors else 200)


@requires("decision.edit")
def decision_edit(request, pk, application_pk):
    person = _person(pk)
    application = get_object_or_404(Application, pk=application_pk, person=person)
    decision = Decision.objects.filter(application=application).first() or Decision(
        application=application, person=person, authority_id=person.authority_id)
    form = DecisionForm(request.POST or None, instance=decision, application=application)
    context = {"person": person, "title": _("Entscheidung über den Antrag vom %(day)s") % {
        "day": f"{application.received_on:%d.%m.%Y}"}}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, FORM, context, save=decisions.record_decision)
    return render(request, FORM, {**context, "form": form}, status=400 if form.errors else 200)


@requires("case.edit")
def closing_request(request, pk):
    person = _person(pk)
    form = ClosingForm(request.POST or None)
    context = {"person": person, "title": _("Abschluss der Akte vorlegen")}
    if request.method == "POST" and form.is_valid():
        try:
            decisions.request_closing(request.user, person, form.cleaned_data["note"], request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Der Abschluss der Akte liegt zur Freigabe vor."))
            return redirect("cases:detail", pk=person.pk)
    return render(request, FORM, {**context, "form": form}, status=400 if form.errors else 200)


@requires("approval.answer")
def reopen(request, pk):
    """The head of department (or a named deputy) opens a closed file again."""
    person = _person(pk)
    form = ReopenForm(request.POST or None, initial={"version": person.version})
    context = {"person": person, "title": _("Akte wieder öffnen")}
    if request.method == "POST" and form.is_valid():
        try:
            decisions.reopen_file(request.user, person, form.cleaned_data["note"],
                                  form.cleaned_data["version"], request)
        except (ValidationError, services.ConflictError) as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Die Akte ist wieder geöffnet."))
            return redirect("cases:detail", pk=person.pk)
    return render(request, FORM, {**context, "form": form}, status=400 if form.errors else 200)


@requires("approval.answer")
def approval_list(request):
    rows = [(approval, approval_subject(approval)) for approval in pending_approvals()]
    return render(request, "cases/approval_list.html", {"rows": rows})


def _approval(approval_pk) -> ApprovalRequest:
    return get_object_or_404(
        ApprovalRequest.objects.select_related("person", "requested_by", "answered_by",
                                               "decision__application", "decision__decided_by",
                                               "decision__guideline_version__guideline"),
        pk=approval_pk)


def _approval_context(approval: ApprovalRequest) -> dict:
    decision = approval.decision
    return {"approval": approval, "person": approval.person, "subject": approval_subject(approval),
            "decision": decision_view(decision, approval) if decision else None}


@requires("approval.answer")
def approval_answer(request, approval_pk):
    approval = _approval(approval_pk)
    context = _approval_context(approval)
    form = AnswerForm(request.POST or None, approval=approval)
    own = request.user.pk in decisions.authors(approval)
    if request.method != "POST" or not form.is_valid():
        return render(request, "cases/approval_answer.html", {**context, "form": form, "own": own},
                      status=400 if form.errors else 200)
    answer = request.POST.get("answer")
    if answer not in ("approve", "return"):
        form.add_error(None, _("Bitte „Freigeben“ oder „Zurückgeben“ wählen."))
        return render(request, "cases/approval_answer.html", {**context, "form": form, "own": own},
                      status=400)
    return _answer(request, approval, form, answer == "approve", {**context, "own": own})


def _answer(request, approval, form, approve: bool, context: dict):
    status = 400
    try:
        decisions.answer_approval(request.user, approval, approve, form.cleaned_data["comment"],
                                  form.cleaned_data.get("version"), request)
    except decisions.SelfApprovalError as error:
        form.add_error(None, str(error))
        status = 403
    except services.ConflictError:
        form.add_error(None, services.conflict_message())
        status = 409
    except ValidationError as error:
        add_errors(form, error)
    else:
        messages.success(request, _("Freigegeben.") if approve else _("Zurückgegeben."))
        return redirect("cases:approvals")
    return render(request, "cases/approval_answer.html", {**context, "form": form}, status=status)


@requires("decision.edit")
def approval_resubmit(request, approval_pk):
    approval = _approval(approval_pk)
    form = ResubmitForm(request.POST or None, approval=approval)
    context = {**_approval_context(approval), "form": form}
    if approval.state != ApprovalState.RETURNED:
        form.add_error(None, _("Nur eine zurückgegebene Vorlage kann erneut vorgelegt werden."))
        return render(request, "cases/approval_resubmit.html", context, status=400)
    if request.method != "POST" or not form.is_valid():
        return render(request, "cases/approval_resubmit.html", context,
                      status=400 if form.errors else 200)
    try:
        decisions.resubmit_approval(request.user, approval, form.cleaned_data["note"],
                                    form.cleaned_data.get("version"), request)
    except services.ConflictError:
        form.add_error(None, services.conflict_message())
        return render(request, "cases/approval_resubmit.html", context, status=409)
    except ValidationError as error:
        add_errors(form, error)
        return render(request, "cases/approval_resubmit.html", context, status=400)
    messages.success(request, _("Erneut zur Freigabe vorgelegt."))
    return redirect("cases:detail", pk=approval.person_id)


@requires("approval.configure")
def approval_settings_edit(request):
    """Which acts need a second person, and who stands in for the head of department.

    No id in the URL: everyone sees and changes only the settings of the own authority."""
    authority_id = request.user.authority_id
    row = approval_settings.settings_of(authority_id)
    initial = {**{name: getattr(row, name) for name in approval_settings.NAMES},
               "deputies": [u.pk for u in approval_settings.current_deputies(authority_id)],
               "version": row.version}
    form = ApprovalSettingsForm(request.POST or None, initial=initial, authority_id=authority_id)
    context = {"form": form, "always": approval_settings.ALWAYS, "row": row}
    if request.method != "POST":
        return render(request, "cases/approval_settings.html", context)
    status = 400
    if form.is_valid():
        data = form.cleaned_data
        try:
            changed = approval_settings.save_settings(
                request.user, {name: data[name] for name in approval_settings.NAMES},
                data["deputies"], data.get("version"), request)
        except approval_settings.SettingsConflict:
            form.add_error(None, _(approval_settings.SettingsConflict.message))
            status = 409
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Einstellungen der Freigaben gespeichert.") if changed
                             else _("Keine Änderung – es wurde nichts gespeichert."))
            return redirect("cases:approval_settings")
    return render(request, "cases/approval_settings.html", context, status=status)
