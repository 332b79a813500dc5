"""Forms of letters/: they check the shape; the rules are in the doors (wording, mailruns, addresses)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import Person
from wegweiser.counselling.models import Desk
from wegweiser.review.models import Constellation
from wegweiser.screening.models import RunStatus, ScreeningRun
from wegweiser.web.forms import KernFormMixin

from .models import DispatchChannel
from .selection import GROUPS


class TemplateForm(KernFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    subject = forms.CharField(label=_("Betreff"), max_length=300)
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 24}),
                           max_length=20_000)


class PreviewForm(KernFormMixin, forms.Form):
    person = forms.CharField(label=_("Aktenzeichen der Person"), max_length=40)

    def clean_person(self) -> Person:
        number = self.cleaned_data["person"].strip()
        person = Person.objects.filter(file_number=number).first()
        if person is None:
            raise forms.ValidationError(_("Eine Akte mit diesem Aktenzeichen gibt es nicht."))
        return person


class RunLabel(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return _("Prüflauf vom %(day)s (Stichtag %(as_of)s)") % {
            "day": f"{obj.created_at:%d.%m.%Y %H:%M}", "as_of": f"{obj.as_of:%d.%m.%Y}"}


class MailRunForm(KernFormMixin, forms.Form):
    screening_run = RunLabel(label=_("Prüflauf"), queryset=ScreeningRun.objects.none(),
                             empty_label=None)
    group = forms.ChoiceField(label=_("Gruppe"), choices=[(k, v[0]) for k, v in GROUPS.items()])
    constellation = forms.ModelChoiceField(label=_("Fallkonstellation (nur für diese Gruppe)"),
                                           queryset=Constellation.objects.none(), required=False)
    desk = forms.ModelChoiceField(label=_("Beratungsstelle"), queryset=Desk.objects.none(),
                                  empty_label=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["screening_run"].queryset = ScreeningRun.objects.filter(status=RunStatus.DONE)  # type: ignore[attr-defined]
        self.fields["constellation"].queryset = Constellation.objects.all()  # type: ignore[attr-defined]
        self.fields["desk"].queryset = Desk.objects.all()  # type: ignore[attr-defined]


class DispatchForm(KernFormMixin, forms.Form):
    day = forms.DateField(label=_("versandt am"), widget=forms.DateInput(attrs={"type": "date"}))
    channel = forms.ChoiceField(label=_("Versandweg"), choices=DispatchChannel.choices)


class LetterDispatchForm(DispatchForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    address = forms.CharField(label=_("verwendete Anschrift oder E-Mail-Adresse"),
                              widget=forms.Textarea(attrs={"rows": 4}), max_length=500)


class AddressForm(KernFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    care_of = forms.CharField(label=_("bei (c/o)"), max_length=200, required=False)
    street = forms.CharField(label=_("Straße und Hausnummer"), max_length=200, required=False)
    postcode = forms.CharField(label=_("Postleitzahl"), max_length=5, required=False)
    city = forms.CharField(label=_("Ort"), max_length=120, required=False)
    language = forms.ChoiceField(label=_("Sprache für Schreiben (Anlage)"), required=False,
                                 choices=[("", _("Deutsch, keine Anlage")),
                                          *[(c, n) for c, n in settings.LANGUAGES if c != "de"]])
