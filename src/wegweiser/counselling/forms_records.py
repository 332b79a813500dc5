"""Forms of the counselling records; every choice offers only the authority's own rows."""

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.dialogue.models import Organisation
from wegweiser.web.forms import KernFormMixin

from . import records
from .models import (
    Analysis,
    Client,
    Consent,
    DataCategory,
    Desk,
    Goal,
    Measure,
    RecordTopic,
    Referral,
    Session,
)

CHECKBOXES = forms.CheckboxSelectMultiple(attrs={"class": "kern-form-check__checkbox"})


def counsellors(authority_id: int):
    return User.objects.filter(authority_id=authority_id, role=Role.COUNSELLOR,
                               is_active=True).order_by("last_name", "username")



class VersionedForm(KernFormMixin, forms.ModelForm):
    """The version read travels as a hidden field (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class PlainForm(KernFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ClientForm(VersionedForm):
    class Meta:
        model = Client
        fields = ["pseudonym", "language"]


class SessionForm(VersionedForm):
    topics = forms.ModelMultipleChoiceField(label=_("Themen"), queryset=RecordTopic.objects.none(),
                                            widget=CHECKBOXES, required=False)

    class Meta:
        model = Session
        fields = ["client", "desk", "held_on", "counsellor", "channel", "relatives", "language",
                  "interpreter_mode", "interpreter_language", "interpreter_provider",
                  "interpreter_paid_by", "topics", "outcome", "next_steps"]
        widgets = {"outcome": forms.Textarea(attrs={"rows": 4}),
                   "next_steps": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        fields: Any = self.fields
        fields["client"].queryset = Client.objects.filter(authority_id=authority_id)
        fields["client"].empty_label = _("anonym (keine ratsuchende Person angelegt)")
        fields["client"].help_text = _("Eine Person, die öfter kommt, legen Sie unter "
                                       "„Ratsuchende“ mit einem Pseudonym an.")
        fields["desk"].queryset = Desk.objects.filter(authority_id=authority_id)
        fields["counsellor"].queryset = counsellors(authority_id)
        # A retired topic stays selectable on the sessions that already carry it.
        offered = records.topics(authority_id, active_only=False)
        kept = self.instance.topics.all() if self.instance.pk else RecordTopic.objects.none()
        fields["topics"].queryset = offered.filter(
            Q(active=True) | Q(pk__in=kept.values("pk")))


class ReferralForm(VersionedForm):
    class Meta:
        model = Referral
        fields = ["organisation", "referred_on", "purpose", "outcome"]

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        field: Any = self.fields["organisation"]
        field.queryset = Organisation.objects.filter(authority_id=authority_id)


class FollowUpForm(PlainForm):
    due_date = forms.DateField(label=_("fällig am"), required=False)
    reason = forms.CharField(label=_("Anlass"), max_length=300, required=False)
    assignee = forms.ModelChoiceField(label=_("zuständig"), queryset=User.objects.none(),
                                      required=False)

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        field: Any = self.fields["assignee"]
        field.queryset = counsellors(authority_id)


class AnalysisForm(VersionedForm):
    class Meta:
        model = Analysis
        fields = ["prepared_on", "situation", "potential"]
        widgets = {"situation": forms.Textarea(attrs={"rows": 6}),
                   "potential": forms.Textarea(attrs={"rows": 6})}


class GoalForm(VersionedForm):
    class Meta:
        model = Goal
        fields = ["text", "status"]


class MeasureForm(VersionedForm):
    class Meta:
        model = Measure
        fields = ["text", "responsible", "due_date", "status"]


class ConsentForm(VersionedForm):
    file_number = forms.CharField(
        label=_("Aktenzeichen der Fallakte"), required=False, max_length=40,
        help_text=_("Nur beim Empfänger „Sachbearbeitung“: die Akte, in der die Daten "
                    "erscheinen."))
    categories = forms.MultipleChoiceField(
        label=_("Daten, die weitergegeben werden dürfen"), choices=DataCategory.choices,
        widget=CHECKBOXES, required=False,
        help_text=_("Die Potenzialanalyse wird nie weitergegeben."))

    class Meta:
        model = Consent
        fields = ["recipient", "file_number", "partner", "recipient_other", "purpose",
                  "categories", "given_on", "explained_in"]
        widgets = {"purpose": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        field: Any = self.fields["partner"]
        field.queryset = Organisation.objects.filter(authority_id=authority_id)


class RevokeForm(PlainForm):
    revoked_on = forms.DateField(label=_("widerrufen am"), required=False)


class SessionFilterForm(KernFormMixin, forms.Form):
    date_from = forms.DateField(label=_("von"), required=False)
    date_to = forms.DateField(label=_("bis"), required=False)
    topic = forms.ModelChoiceField(label=_("Thema"), queryset=RecordTopic.objects.none(),
                                   required=False, empty_label=_("alle"))

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        field: Any = self.fields["topic"]
        field.queryset = records.topics(authority_id, active_only=False)


class TopicForm(VersionedForm):
    class Meta:
        model = RecordTopic
        fields = ["key", "name", "position", "active"]
