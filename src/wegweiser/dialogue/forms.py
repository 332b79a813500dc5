from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from wegweiser.review.models import Constellation, Guideline
from wegweiser.web.forms import DateInput, KernFormMixin

from .meetings import staff_of
from .models import (
    AgreedAction,
    Concern,
    Contact,
    Meeting,
    MeetingFormat,
    MeetingSeries,
    Organisation,
    OrganisationKind,
)


class VersionedForm(KernFormMixin, forms.ModelForm):
    """The version read travels as a hidden field (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class OrganisationForm(VersionedForm):
    class Meta:
        model = Organisation
        fields = ["kind", "name", "topics", "languages", "address", "phone", "email", "website"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}


class ContactForm(VersionedForm):
    class Meta:
        model = Contact
        fields = ["name", "role", "email", "phone"]


class PartnerFilterForm(KernFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Art"), required=False,
                             choices=[("", _("alle"))] + list(OrganisationKind.choices))
    topic = forms.CharField(label=_("Thema"), required=False, max_length=100)
    language = forms.CharField(label=_("Sprache"), required=False, max_length=100)


# --- Dialogue: meetings, actions, concerns --------------------------------------------------

class SeriesForm(VersionedForm):
    class Meta:
        model = MeetingSeries
        fields = ["title", "format", "rhythm_months"]


class MeetingForm(VersionedForm):
    class Meta:
        model = Meeting
        fields = ["title", "format", "date", "status", "series", "organisations", "contacts",
                  "staff", "topics", "minutes"]
        widgets = {"date": DateInput(), "topics": forms.Textarea(attrs={"rows": 3}),
                   "minutes": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        _narrow(self, "series", MeetingSeries.unscoped.filter(authority_id=authority_id))
        _narrow(self, "organisations", Organisation.unscoped.filter(
            authority_id=authority_id))
        _narrow(self, "contacts", Contact.unscoped.filter(
            authority_id=authority_id).select_related("organisation"))
        _narrow(self, "staff", staff_of(authority_id))


class ActionForm(VersionedForm):
    class Meta:
        model = AgreedAction
        fields = ["text", "owner_user", "owner_organisation", "owner_contact", "due", "status",
                  "outcome"]
        widgets = {"due": DateInput(), "text": forms.Textarea(attrs={"rows": 2}),
                   "outcome": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        _narrow(self, "owner_user", staff_of(authority_id))
        _narrow(self, "owner_organisation", Organisation.unscoped.filter(
            authority_id=authority_id))
        _narrow(self, "owner_contact", Contact.unscoped.filter(authority_id=authority_id))


class ConcernForm(VersionedForm):
    class Meta:
        model = Concern
        fields = ["organisation", "text", "guideline", "constellation"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        _narrow(self, "organisation", Organisation.unscoped.filter(
            authority_id=authority_id))
        _narrow(self, "guideline", Guideline.unscoped.filter(authority_id=authority_id))
        _narrow(self, "constellation", Constellation.unscoped.filter(
            authority_id=authority_id))


class ActionFilterForm(KernFormMixin, forms.Form):
    overdue = forms.BooleanField(label=_("nur überfällige"), required=False)
    owner = forms.ChoiceField(label=_("zuständig"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False,
                               choices=[("", _("alle"))] + list(MeetingFormat.choices))

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        owners: list[tuple[str, Any]] = [("", _("alle"))]
        owners += [(f"user:{u.pk}", u.get_full_name() or u.get_username())
                   for u in staff_of(authority_id)]
        owners += [(f"org:{o.pk}", o.name)
                   for o in Organisation.unscoped.filter(authority_id=authority_id)]
        cast(forms.ChoiceField, self.fields["owner"]).choices = owners


def _narrow(form: forms.BaseForm, name: str, queryset) -> None:
    """Offer only rows of the form's authority (the view's scope is not the form's)."""
    cast(forms.ModelChoiceField, form.fields[name]).queryset = queryset
