"""Forms of the case conferences. They check the input's shape; the rules live in
review.conferences (the one door), which every form's data passes."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.web.forms import KernFormMixin

from .conferences import ACTION_ROLES, STAFF_ROLES
from .models import AgendaItem, Conference
from .models.conference import Recommendation, RecommendationOutcome


class StaffChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.get_full_name() or obj.username


class StaffChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.get_full_name() or obj.username} ({obj.get_role_display()})"


def _staff(authority_id: int, roles) -> QuerySet[User]:
    return User.objects.filter(authority_id=authority_id, is_active=True,
                               role__in=roles).order_by("last_name", "first_name")


class ConferenceForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    chair = StaffChoice(queryset=User.objects.none(), label=_("Vorsitz (Abteilungsleitung)"))
    participants = StaffChoices(queryset=User.objects.none(), required=False,
                                widget=forms.CheckboxSelectMultiple(
                                    attrs={"class": "kern-form-check__checkbox"}),
                                label=_("Teilnehmende aus der Behörde"))
    externals = forms.CharField(
        label=_("Externe Fachleute"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Eine Person je Zeile: Name, Organisation – z. B. „Anna Berg, Caritas“."))

    class Meta:
        model = Conference
        fields = ["held_on", "title", "chair"]

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = _staff(authority_id, [Role.HEAD])  # type: ignore[attr-defined]
        self.fields["participants"].queryset = _staff(authority_id, STAFF_ROLES)  # type: ignore[attr-defined]
        conference = self.instance
        if conference.pk and not self.is_bound:
            self.initial["participants"] = list(conference.participants.values_list("pk", flat=True))
            self.initial["externals"] = "\n".join(
                f"{e.name}, {e.organisation}" if e.organisation else e.name
                for e in conference.external_participants.all())

    def clean_externals(self) -> list[tuple[str, str]]:
        rows = []
        for line in self.cleaned_data["externals"].splitlines():
            if not line.strip():
                continue
            name, _sep, organisation = line.partition(",")
            if not name.strip():
                raise ValidationError(_("In jeder Zeile steht zuerst der Name: „%(line)s“."),
                                      params={"line": line.strip()})
            rows.append((name.strip(), organisation.strip()))
        return rows


class ProposeForm(KernFormMixin, forms.Form):
    question = forms.CharField(
        label=_("Frage an die Konferenz"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kurz: Was soll die Konferenz beraten? Bitte keine Namen – die Konferenz sieht "
                    "Aktenzeichen und Initialen."))


class ItemForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = AgendaItem
        fields = ["discussion", "recommendation", "recommendation_text"]
        widgets = {"discussion": forms.Textarea(attrs={"rows": 5}),
                   "recommendation_text": forms.Textarea(attrs={"rows": 3})}
        # "Beratung" is also the counselling desk: here it is the conference's discussion.
        labels = {"discussion": pgettext_lazy("Fallkonferenz", "Beratung")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recommendation"].choices = [("", _("noch keine")), *Recommendation.choices]


class ActionForm(KernFormMixin, forms.Form):
    reason = forms.CharField(label=_("Maßnahme"), max_length=250)
    assignee = StaffChoice(queryset=User.objects.none(), label=_("zuständig"))
    due_date = forms.DateField(label=_("fällig am"))

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = _staff(authority_id, ACTION_ROLES)  # type: ignore[attr-defined]


class OutcomeForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = AgendaItem
        fields = ["outcome", "outcome_reason"]
        widgets = {"outcome_reason": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"outcome_reason": _("Pflicht, wenn der Empfehlung nicht gefolgt wurde.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = RecommendationOutcome.choices
