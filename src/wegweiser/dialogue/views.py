"""Pages of the partner register (/partner/): list with filters, detail, forms, contacts."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.form_saving import add_errors

from . import partners
from .forms import ContactForm, OrganisationForm, PartnerFilterForm
from .models import Contact, Organisation


@requires("partner.view")
def partner_list(request):
    form = PartnerFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = partners.partners(filters.get("kind", ""), filters.get("topic", ""),
                             filters.get("language", ""))
    return render(request, "dialogue/partner_list.html", {
        "form": form, "organisations": rows.prefetch_related("contacts"),
        "can_edit": can(request.user, "partner.edit")})


@requires("partner.view")
def partner_detail(request, org_pk):
    organisation = get_object_or_404(Organisation.objects.all(), pk=org_pk)
    return render(request, "dialogue/partner_detail.html", {
        "organisation": organisation, "contacts": Contact.objects.filter(organisation=organisation),
        "can_edit": can(request.user, "partner.edit"), "contact_form": ContactForm()})


@requires("partner.edit")
def partner_create(request):
    organisation = Organisation(authority_id=request.user.authority_id)
    return _edit(request, organisation, _("Partnerorganisation anlegen"))


@requires("partner.edit")
def partner_edit(request, org_pk):
    organisation = get_object_or_404(Organisation.objects.all(), pk=org_pk)
    return _edit(request, organisation, _("Partnerorganisation bearbeiten"))


def _edit(request, organisation, title):
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST":
        if form.is_valid():
            try:
                partners.save_organisation(request.user, form.save(commit=False),
                                           form.cleaned_data.get("version"), request)
            except (ValidationError, partners.ConflictError) as error:
                _refused(form, error)
            else:
                messages.success(request, _("Gespeichert."))
                return redirect("dialogue:partner_detail", org_pk=organisation.pk)
        return render(request, "dialogue/partner_form.html",
                      {"form": form, "title": title, "organisation": organisation}, status=400)
    return render(request, "dialogue/partner_form.html",
                  {"form": form, "title": title, "organisation": organisation})


def _refused(form, error) -> None:
    if isinstance(error, ValidationError):
        add_errors(form, error)
    else:
        form.add_error(None, _(partners.ConflictError.message))


@requires("partner.edit")
@require_POST
def contact_add(request, org_pk):
    organisation = get_object_or_404(Organisation.objects.all(), pk=org_pk)
    contact = Contact(authority_id=organisation.authority_id, organisation=organisation)
    form = ContactForm(request.POST, instance=contact)
    if form.is_valid():
        try:
            partners.save_contact(request.user, form.save(commit=False), None, request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Ansprechperson hinzugefügt."))
            return redirect("dialogue:partner_detail", org_pk=organisation.pk)
    return render(request, "dialogue/partner_detail.html", {
        "organisation": organisation, "contacts": Contact.objects.filter(organisation=organisation),
        "can_edit": True, "contact_form": form}, status=400)


@requires("partner.edit")
@require_POST
def contact_delete(request, contact_pk):
    contact = get_object_or_404(Contact.objects.select_related("organisation"), pk=contact_pk)
    organisation_pk = contact.organisation_id
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = 0
    try:
        partners.delete_contact(request.user, contact, version, request)
    except partners.ConflictError:
        messages.error(request, _(partners.ConflictError.message))
    else:
        messages.success(request, _("Ansprechperson gelöscht."))
    return redirect("dialogue:partner_detail", org_pk=organisation_pk)
