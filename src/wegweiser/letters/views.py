"""Pages of letters/: templates (view, edit, preview), mail runs, letters and addresses."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.form_saving import add_errors
from wegweiser.cases.models import Person
from wegweiser.web.versioning import ConflictError

from . import addresses, mailruns, pdf, wording
from .forms import AddressForm, DispatchForm, LetterDispatchForm, MailRunForm, PreviewForm, TemplateForm
from .models import Letter as LetterModel
from .models import LetterTemplate, MailRun, PostalAddress
from .placeholders import PLACEHOLDERS
from .preview import preview_html
from .responses import responses


@requires("mailrun.view")
def home(request):
    wording.default_template(request.user.authority_id)
    context = {"runs": MailRun.objects.select_related("created_by")[:50],
               "templates": LetterTemplate.objects.all() if can(request.user, "letter.template_view")
               else [], "form": MailRunForm() if can(request.user, "mailrun.create") else None}
    return render(request, "letters/home.html", context)


@requires("letter.template_view")
def template_detail(request, pk):
    template = get_object_or_404(LetterTemplate, pk=pk)
    preview, form = None, PreviewForm(request.GET or None)
    if request.GET and form.is_valid():
        preview = preview_html(template.current, form.cleaned_data["person"], request.user)
    return render(request, "letters/template_detail.html", {
        "template": template, "versions": template.versions.select_related("created_by"),
        "form": form, "preview": preview, "placeholders": PLACEHOLDERS,
        "can_edit": can(request.user, "letter.template_edit")})


@requires("letter.template_edit")
def template_edit(request, pk):
    template = get_object_or_404(LetterTemplate, pk=pk)
    current = template.current
    if request.method != "POST":
        form = TemplateForm(initial={"subject": current.subject if current else "",
                                     "body": current.body if current else "",
                                     "version": template.version})
        return render(request, "letters/template_form.html", _edit_context(template, form))
    form = TemplateForm(request.POST)
    if form.is_valid():
        try:
            wording.save_version(request.user, template, subject=form.cleaned_data["subject"],
                                 body=form.cleaned_data["body"],
                                 expected_version=form.cleaned_data.get("version"),
                                 request=request)
        except ConflictError as error:
            form.add_error(None, _(error.message))
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Neue Fassung gespeichert."))
            return redirect("letters:template", pk=template.pk)
    return render(request, "letters/template_form.html", _edit_context(template, form), status=400)


def _edit_context(template, form) -> dict:
    return {"template": template, "form": form, "placeholders": PLACEHOLDERS}


@requires("mailrun.create")
def run_create(request):
    if request.method != "POST":
        return redirect("letters:home")
    form = MailRunForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            run = mailruns.create_run(request.user, screening_run=data["screening_run"],
                                      group=data["group"], constellation=data["constellation"],
                                      desk=data["desk"], request=request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            return redirect("letters:run", pk=run.pk)
    return render(request, "letters/home.html", {
        "runs": MailRun.objects.all()[:50], "form": form,
        "templates": LetterTemplate.objects.all() if can(request.user, "letter.template_view")
        else []}, status=400)


@requires("mailrun.view")
def run_detail(request, pk):
    run = get_object_or_404(MailRun.objects.select_related("created_by", "desk"), pk=pk)
    if request.htmx and not run.finished:
        return render(request, "letters/run_detail.html#progress", {"run": run})
    letters = list(LetterModel.objects.filter(run=run).select_related("addressee", "booking_code"))
    answers = responses(letters)
    rows = [(letter, answers[letter.pk]) for letter in letters]
    return render(request, "letters/run_detail.html", {
        "run": run, "rows": rows, "can_send": can(request.user, "mailrun.create"),
        "dispatch_form": DispatchForm(initial={"day": timezone.localdate(), "channel": "post"})})


@requires("mailrun.view")
def run_print(request, pk):
    run = get_object_or_404(MailRun, pk=pk)
    if not run.print_pdf:
        return HttpResponse(_("Die Druckdatei ist noch nicht fertig."), status=404,
                            content_type="text/plain; charset=utf-8")
    return _pdf_response(bytes(run.print_pdf), f"serienbrief-{run.pk}.pdf")


@requires("mailrun.create")
def run_dispatch(request, pk):
    run = get_object_or_404(MailRun, pk=pk)
    if request.method != "POST":
        return redirect("letters:run", pk=run.pk)
    form = DispatchForm(request.POST)
    if form.is_valid():
        try:
            count = mailruns.mark_dispatched(request.user, run, day=form.cleaned_data["day"],
                                             channel=form.cleaned_data["channel"], request=request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Versand von %(n)s Briefen vermerkt.") % {"n": count})
            return redirect("letters:run", pk=run.pk)
    letters = list(LetterModel.objects.filter(run=run).select_related("addressee"))
    answers = responses(letters)
    return render(request, "letters/run_detail.html", {
        "run": run, "rows": [(letter, answers[letter.pk]) for letter in letters],
        "can_send": True, "dispatch_form": form}, status=400)


@requires("mailrun.view")
def letter_pdf(request, pk):
    letter = get_object_or_404(LetterModel, pk=pk)
    return _pdf_response(pdf.letter_pdf(letter), f"anschreiben-{letter.pk}.pdf")


@requires("mailrun.create")
def letter_dispatch(request, pk):
    letter = get_object_or_404(LetterModel.objects.select_related("addressee"), pk=pk)
    if request.method != "POST":
        form = LetterDispatchForm(initial={
            "day": letter.dispatched_on or timezone.localdate(),
            "channel": letter.dispatch_channel or "post",
            "address": letter.dispatch_address or letter.address, "version": letter.version})
        return render(request, "letters/letter_dispatch.html", {"letter": letter, "form": form})
    form = LetterDispatchForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            mailruns.save_dispatch(request.user, letter, day=data["day"], channel=data["channel"],
                                   address=data["address"], expected_version=data.get("version"),
                                   request=request)
        except ConflictError as error:
            form.add_error(None, _(error.message))
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("letters:run", pk=letter.run_id)
    return render(request, "letters/letter_dispatch.html", {"letter": letter, "form": form},
                  status=400)


@requires("case.edit")
def address_edit(request, pk):
    person = get_object_or_404(Person, pk=pk)
    address = PostalAddress.objects.filter(person=person).first()
    if request.method != "POST":
        initial = {f: getattr(address, f) for f in AddressForm.base_fields if f != "version"} \
            if address else {}
        form = AddressForm(initial={**initial, "version": address.version if address else None})
        return render(request, "letters/address_form.html", {"person": person, "form": form})
    form = AddressForm(request.POST)
    if form.is_valid():
        try:
            addresses.save_address(request.user, person, form.cleaned_data,
                                   form.cleaned_data.get("version"), request)
        except ConflictError as error:
            form.add_error(None, _(error.message))
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("cases:detail", pk=person.pk)
    return render(request, "letters/address_form.html", {"person": person, "form": form},
                  status=400)


def _pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
