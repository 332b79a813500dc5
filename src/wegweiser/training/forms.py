"""Forms of the training app. They check the input's shape; the rules live in
training.changes (the one door), which every form's data passes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.models import User
from wegweiser.web.forms import KernFormMixin

from .models import (
    AttendanceStatus,
    LanguageSkill,
    PlannedTraining,
    TopicRequirement,
    TrainingEvent,
    TrainingTopic,
)


class StaffChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.get_full_name() or obj.username


class StaffChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.get_full_name() or obj.username} ({obj.get_role_display()})"


def staff_of(authority_id: int):
    return User.objects.filter(authority_id=authority_id, is_active=True).order_by(
        "last_name", "first_name", "username")


def topics_of(authority_id: int, instance_topic_id: int | None = None):
    """Active topics; an inactive topic stays selectable where it is already used."""
    from django.db.models import Q

    return TrainingTopic.objects.filter(
        Q(active=True) | Q(pk=instance_topic_id or 0), authority_id=authority_id)


class VersionedForm(KernFormMixin, forms.ModelForm):
    """A model form that carries the version it read (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def validate_unique(self) -> None:
        """Uniqueness is the door's rule (training.changes), with its own German message."""

    def validate_constraints(self) -> None:
        """As validate_unique: the door checks, and the database stays the last guard."""


class TopicForm(VersionedForm):
    class Meta:
        model = TrainingTopic
        fields = ["name", "active"]


class RequirementForm(VersionedForm):
    class Meta:
        model = TopicRequirement
        fields = ["role", "topic", "validity_months"]

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = topics_of(authority_id)  # type: ignore[attr-defined]


class EventForm(VersionedForm):
    hours = forms.DecimalField(label=_("Stunden"), max_digits=5, decimal_places=1, localize=True,
                               help_text=_("z. B. 7,5"))
    cost = forms.DecimalField(label=_("Kosten (Euro)"), max_digits=10, decimal_places=2,
                              localize=True, required=False, help_text=_("leer: 0 Euro"))
    participants = StaffChoices(queryset=User.objects.none(), required=False,
                                label=_("Teilnehmende"),
                                widget=forms.CheckboxSelectMultiple(
                                    attrs={"class": "kern-form-check__checkbox"}))
    evidence_upload = forms.FileField(
        label=_("Nachweis als Datei"), required=False,
        help_text=_("PDF, PNG oder JPEG, höchstens 5 MB; ersetzt eine frühere Datei."))

    class Meta:
        model = TrainingEvent
        fields = ["kind", "topic", "title", "trainer", "held_on", "hours", "cost", "budget_line",
                  "evidence_reference"]

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = topics_of(  # type: ignore[attr-defined]
            authority_id, self.instance.topic_id)
        self.fields["participants"].queryset = staff_of(authority_id)  # type: ignore[attr-defined]
        if self.instance.pk and not self.is_bound:
            self.initial["participants"] = list(
                self.instance.attendances.values_list("user_id", flat=True))

    def clean_cost(self):
        return self.cleaned_data["cost"] if self.cleaned_data["cost"] is not None else 0


class AttendanceForm(KernFormMixin, forms.Form):
    """One choice per participant: attended, excused, absent or still open."""

    def __init__(self, *args, attendances, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = list(attendances)
        for attendance in self.rows:
            self.fields[f"status_{attendance.user_id}"] = forms.ChoiceField(
                label=attendance.user.get_full_name() or attendance.user.username,
                choices=AttendanceStatus.choices, required=False,
                initial=attendance.status)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Select):
                field.widget.attrs.setdefault("class", "kern-form-input__select")

    def statuses(self) -> dict[int, str]:
        return {a.user_id: self.cleaned_data.get(f"status_{a.user_id}") or ""
                for a in self.rows}


class LanguageForm(VersionedForm):
    class Meta:
        model = LanguageSkill
        fields = ["language", "level"]


class PlanForm(VersionedForm):
    user = StaffChoice(queryset=User.objects.none(), label=_("Mitarbeiterin/Mitarbeiter"))

    class Meta:
        model = PlannedTraining
        fields = ["user", "topic", "year", "note"]

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = staff_of(authority_id)  # type: ignore[attr-defined]
        self.fields["topic"].queryset = topics_of(authority_id)  # type: ignore[attr-defined]


class DeleteForm(forms.Form):
    version = forms.IntegerField(required=False)
