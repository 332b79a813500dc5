"""Forms of the reporting pages. They check the input's shape; the rules live in the doors
(reporting.reports, reporting.grants)."""

from __future__ import annotations

from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wegweiser.training.models import TrainingEvent
from wegweiser.web.forms import KernFormMixin

from .models import BudgetLine, CommitteeReport, ConsultationRole, Expense, Grant, Milestone

MAX_PERIOD_DAYS = 3 * 366


class PeriodForm(KernFormMixin, forms.Form):
    start = forms.DateField(label=_("von"))
    end = forms.DateField(label=_("bis"))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end:
            if start > end:
                raise ValidationError({"end": _("Der Zeitraum endet vor seinem Beginn.")})
            if (end - start).days > MAX_PERIOD_DAYS:
                raise ValidationError({"end": _("Bitte höchstens drei Jahre auf einmal wählen.")})
        return data


def default_period(today: date | None = None) -> tuple[date, date]:
    today = today or timezone.localdate()
    return today.replace(month=1, day=1), today


def role_words() -> dict[str, str]:
    """The words of the Beratungsfolge field: the German ones always (they are the terms of the
    council), the user's language's too."""
    words = {str(label).lower(): value for value, label in ConsultationRole.choices}
    with translation.override("de"):
        words.update({str(label).lower(): value for value, label in ConsultationRole.choices})
    return words


class ReportForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    consultations = forms.CharField(
        label=_("Beratungsfolge"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Eine Sitzung je Zeile: Gremium; Datum; Kenntnisnahme, Vorberatung oder "
                    "Beschluss – z. B. „Integrationsausschuss; 12.03.2027; Kenntnisnahme“."))

    class Meta:
        model = CommitteeReport
        fields = ["number", "public", "department", "author_name", "date", "file_reference",
                  "subject", "period_start", "period_end", "proposal", "financial_impact",
                  "financial_text", "personnel_impact", "personnel_text", "organisational_impact",
                  "organisational_text", "text_integration", "text_counselling", "text_dialogue",
                  "text_training"]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in [
            "proposal", "financial_text", "personnel_text", "organisational_text",
            "text_integration", "text_counselling", "text_dialogue", "text_training"]}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            with translation.override("de"):
                self.initial["consultations"] = "\n".join(
                    f"{c.committee}; {c.meeting_date:%d.%m.%Y}; {c.get_role_display()}"
                    for c in self.instance.consultations.order_by("position"))

    def clean_consultations(self) -> list[tuple[str, date, str]]:
        rows, words = [], role_words()
        for number, line in enumerate(self.cleaned_data["consultations"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(";")]
            role = words.get(parts[2].lower()) if len(parts) == 3 else None
            day = _date(parts[1]) if len(parts) == 3 else None
            if not parts[0] or day is None or role is None:
                raise ValidationError(_("Zeile %(n)d: bitte „Gremium; TT.MM.JJJJ; Kenntnisnahme, "
                                        "Vorberatung oder Beschluss“.") % {"n": number})
            rows.append((parts[0], day, role))
        return rows


def _date(text: str) -> date | None:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


class GrantForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    class Meta:
        model = Grant
        fields = ["programme", "funding_body", "purpose", "notice_reference", "notice_date",
                  "amount", "own_share", "period_start", "period_end", "phase_end", "report_text"]
        widgets = {"report_text": forms.Textarea(attrs={"rows": 6})}


class LineForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    class Meta:
        model = BudgetLine
        fields = ["kind", "title", "planned"]


class ExpenseForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    class Meta:
        model = Expense
        fields = ["line", "spent_on", "amount", "receipt", "description", "training_event",
                  "reference"]

    def __init__(self, *args, grant: Grant, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["line"].queryset = BudgetLine.objects.filter(grant=grant)  # type: ignore[attr-defined]
        # Only the grant's own authority's events (the form's scope is not the request's).
        self.fields["training_event"].queryset = TrainingEvent.unscoped.filter(  # type: ignore[attr-defined]
            authority_id=grant.authority_id).order_by("-held_on", "pk")


class MilestoneForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    class Meta:
        model = Milestone
        fields = ["title", "due_on", "done_on"]
