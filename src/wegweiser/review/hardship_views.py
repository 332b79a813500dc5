"""Pages of the § 23a petitions: the list, one petition with the exclusion grounds, the forms,
and the four-eyes request to remove a person while the petition is pending."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases import services
from wegweiser.cases.form_saving import add_errors
from wegweiser.cases.models import ApprovalRequest, Person
from wegweiser.cases.models.decision import ApprovalKind

from . import hardship
from .hardship_exclusions import exclusion_rows
from .hardship_forms import PetitionForm, RemovalAnswerForm, RemovalRequestForm
from .models import HardshipPetition

FORM = "review/hardship_form.html"


def _petition(pk) -> HardshipPetition:
    return get_object_or_404(HardshipPetition.objects.select_related(
        "person", "decision", "removal_request__requested_by", "removal_request__answered_by",
        "statement_follow_up"), pk=pk)


@requires("hardship.view")
def petition_list(request):
    petitions = list(HardshipPetition.objects.select_related(
        "person", "removal_request", "decision").order_by("-received_by_commission_on", "-pk"))
    rows = [{"petition": p, "pending": hardship.is_pending(p),
             "suspended": hardship.removal_suspended(p)} for p in petitions]
    rows.sort(key=lambda row: not row["pending"])  # pending first, each part newest first
    return render(request, "review/hardship_list.html", {
        "rows": rows, "today": timezone.localdate(),
        "pending_count": sum(row["pending"] for row in rows)})


@requires("hardship.view")
def petition_detail(request, petition_pk):
    petition = _petition(petition_pk)
    services.view_case(request.user, petition.person, request, part="hardship")
    request_form = RemovalRequestForm()
    return render(request, "review/hardship_detail.html", _detail_context(request, petition,
                                                                           request_form))


def _detail_context(request, petition, request_form, answer_form=None, status=200) -> dict:
    approval = petition.removal_request
    user = request.user
    may_answer = (approval is not None and approval.state == "requested"
                  and can(user, "approval.answer") and approval.requested_by_id != user.pk)
    if may_answer and answer_form is None:
        answer_form = RemovalAnswerForm(initial={"version": approval.version})
    return {
        "petition": petition, "person": petition.person, "today": timezone.localdate(),
        "pending": hardship.is_pending(petition),
        "suspended": hardship.removal_suspended(petition),
        "released": hardship.removal_released(petition),
        "exclusions": exclusion_rows(petition.person, user, timezone.localdate()),
        "can_edit": can(user, "hardship.edit"), "request_form": request_form,
        "answer_form": answer_form if may_answer else None,
    }


@requires("hardship.edit")
def petition_create(request, pk):
    person = get_object_or_404(Person.objects.all(), pk=pk)
    petition = HardshipPetition(person=person, authority_id=person.authority_id)
    return _edit(request, person, petition, _("Härtefallverfahren erfassen"))


@requires("hardship.edit")
def petition_edit(request, petition_pk):
    petition = _petition(petition_pk)
    return _edit(request, petition.person, petition, _("Härtefallverfahren bearbeiten"))


def _edit(request, person, petition, title):
    form = PetitionForm(request.POST or None, instance=petition, person=person)
    context = {"person": person, "title": title, "petition": petition,
               "exclusions": exclusion_rows(person, request.user, timezone.localdate())}
    if request.method == "POST" and form.is_valid():
        instance = form.save(commit=False)
        try:
            hardship.save_petition(request.user, instance, form.cleaned_data.get("version"),
                                   request)
        except services.ConflictError:
            form.add_error(None, services.conflict_message())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("review:hardship_detail", petition_pk=instance.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, FORM, {**context, "form": form}, status=status)


@require_POST
@requires("hardship.edit")
def removal_request(request, petition_pk):
    petition = _petition(petition_pk)
    form = RemovalRequestForm(request.POST)
    if form.is_valid():
        try:
            hardship.request_removal(request.user, petition, form.cleaned_data["note"], request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Die Abschiebung liegt zur Freigabe vor."))
            return redirect("review:hardship_detail", petition_pk=petition.pk)
    return render(request, "review/hardship_detail.html",
                  _detail_context(request, petition, form), status=400)


@require_POST
@requires("approval.answer")
def removal_answer(request, approval_pk):
    approval = get_object_or_404(ApprovalRequest.objects.filter(
        kind=ApprovalKind.REMOVAL_DESPITE_PETITION), pk=approval_pk)
    petition = get_object_or_404(HardshipPetition.objects.all(), removal_request=approval)
    form = RemovalAnswerForm(request.POST)
    approve = request.POST.get("decision") == "approve"
    if form.is_valid():
        try:
            hardship.answer_removal(request.user, approval, approve,
                                    form.cleaned_data["comment"], form.cleaned_data["version"],
                                    request)
        except services.ConflictError:
            form.add_error(None, services.conflict_message())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Abschiebung freigegeben.") if approve
                             else _("Vorlage zurückgegeben; die Abschiebung bleibt ausgesetzt."))
            return redirect("review:hardship_detail", petition_pk=petition.pk)
    petition = _petition(petition.pk)
    return render(request, "review/hardship_detail.html",
                  _detail_context(request, petition, RemovalRequestForm(), form), status=400)

