"""Forms of the desk's staff pages. They only parse; the rules live in desk_config and queue,
whose German messages the views put beside the fields."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegweiser.web.forms import KernFormMixin

from .desk_config import topic_languages
from .models import ClosedDay, Desk, OpeningHours, Outcome, Topic


class _ServiceValidated:
    """Uniqueness and constraints are the service's to check (with German messages)."""

    def validate_unique(self) -> None:
        return None

    def validate_constraints(self) -> None:
        return None


def _version() -> forms.IntegerField:
    """The record version the form was loaded with (optimistic locking)."""
    return forms.IntegerField(widget=forms.HiddenInput, required=False)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs: Any):
        super().__init__(format="%H:%M", **kwargs)


class DeskForm(_ServiceValidated, KernFormMixin, forms.ModelForm):
    version = _version()

    class Meta:
        model = Desk
        fields = ["name", "slug", "address", "walk_in_hours", "phone", "unit_minutes",
                  "horizon_days", "release_time", "hold_minutes", "max_open_bookings",
                  "emergency_slots_per_day", "call_count_max", "retention_days"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3}), "release_time": TimeInput()}


class OpeningHoursForm(_ServiceValidated, KernFormMixin, forms.ModelForm):
    version = _version()

    class Meta:
        model = OpeningHours
        fields = ["weekday", "starts", "ends", "counsellors"]
        widgets = {"starts": TimeInput(), "ends": TimeInput()}


class ClosedDayForm(_ServiceValidated, KernFormMixin, forms.ModelForm):
    version = _version()

    class Meta:
        model = ClosedDay
        fields = ["day", "reason"]


RTL_LANGUAGES = ("ar", "fa")


class TopicForm(_ServiceValidated, KernFormMixin, forms.ModelForm):
    """One optional input per public language for the name visitors see; an empty input means
    "no translation" (the public pages then fall back, public/topics.py)."""

    version = _version()

    class Meta:
        model = Topic
        fields = ["name", "key", "units", "bookable_online", "position"]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        stored = self.instance.translations if isinstance(self.instance.translations, dict) else {}
        for code in topic_languages():
            attrs = {"class": "kern-form-input__input", "lang": code,
                     "dir": "rtl" if code in RTL_LANGUAGES else "ltr"}
            self.fields[f"translation_{code}"] = forms.CharField(
                label=_("Bezeichnung auf %(language)s") % {"language": names[code]},
                required=False, initial=stored.get(code, ""), widget=forms.TextInput(attrs=attrs))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self.instance.translations = {
            code: data[f"translation_{code}"] for code in topic_languages()
            if data.get(f"translation_{code}")}
        return data


def language_choices() -> list[tuple[str, Any]]:
    return [("", _("nicht angegeben")), *settings.LANGUAGES]


class WalkInForm(KernFormMixin, forms.Form):
    topic = forms.ModelChoiceField(label=_("Anliegen"), queryset=Topic.objects.none(),
                                   required=False, empty_label=_("nicht angegeben"))
    language = forms.ChoiceField(label=_("Sprache"), required=False, choices=language_choices)

    def __init__(self, *args: Any, desk: Desk, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(desk=desk)  # type: ignore[attr-defined]


class CallForm(KernFormMixin, forms.Form):
    room = forms.CharField(label=_("Raum"), max_length=40, error_messages={
        "required": _("Bitte den Raum angeben, in den aufgerufen wird."),
        "max_length": _("Der Raum hat höchstens 40 Zeichen.")})
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)


class OutcomeForm(KernFormMixin, forms.Form):
    version = _version()
    outcome = forms.ChoiceField(label=_("Ergebnis"), choices=[
        (Outcome.ATTENDED.value, Outcome.ATTENDED.label),
        (Outcome.NOT_ATTENDED.value, Outcome.NOT_ATTENDED.label),
        (Outcome.LATE_CANCELLED.value, Outcome.LATE_CANCELLED.label)],
        error_messages={"required": _("Bitte ein Ergebnis wählen."),
                        "invalid_choice": _("Bitte erschienen, nicht erschienen oder kurzfristig "
                                            "abgesagt wählen.")})


class PeriodForm(KernFormMixin, forms.Form):
    start = forms.DateField(label=_("von"), required=False)
    end = forms.DateField(label=_("bis"), required=False)
    scope = forms.ChoiceField(
        label=_("Stellen"), required=False,
        choices=[("desk", _("nur diese Stelle")), ("all", _("alle Stellen der Behörde"))],
        error_messages={"invalid_choice": _("Bitte „nur diese Stelle“ oder „alle Stellen der "
                                            "Behörde“ wählen.")})

    def all_desks(self) -> bool:
        return bool(self.is_bound and self.is_valid() and self.cleaned_data.get("scope") == "all")

    def period(self):
        today = timezone.localdate()
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or end - timedelta(days=29)
        if start > end:
            start, end = end, start
        # A year at most: the page stays a summary, not an export of everything.
        return max(start, end - timedelta(days=366)), end
