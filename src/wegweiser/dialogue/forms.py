from django import forms
from django.utils.translation import gettext_lazy as _

from wegweiser.web.forms import KernFormMixin

from .models import Contact, Organisation, OrganisationKind


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
