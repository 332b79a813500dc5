"""Forms of the § 23a petitions; saving goes through review.hardship (the one door)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import Decision
from wegweiser.web.forms import KernFormMixin

from .models import HardshipPetition


class PetitionForm(KernFormMixin, forms.ModelForm):
    """Everything but the suspension itself: lifting it needs the four-eyes request."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = HardshipPetition
        fields = ["received_by_commission_on", "filed_by", "office_informed_on",
                  "statement_due_on", "statement_sent_on", "statement", "commission_outcome",
                  "commission_decided_on", "ministry_order_on", "decision", "note"]
        widgets = {"statement": forms.Textarea(attrs={"rows": 4}),
                   "note": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "filed_by": _("z. B. Rechtsanwältin, Beratungsstelle, Mitglied der Kommission"),
            "statement_due_on": _("wie von der Geschäftsstelle gesetzt; wird zur Wiedervorlage"),
            "decision": _("die Entscheidung der Behörde nach einem Härtefallersuchen"),
        }

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].queryset = Decision.objects.filter(person=person).order_by(
            "-decided_on")
        self.fields["decision"].label_from_instance = _decision_label


def _decision_label(decision: Decision) -> str:
    return f"{decision.decided_on:%d.%m.%Y} · {decision.get_outcome_display()} · " \
           f"{decision.pathway_id or '–'}"


class RemovalRequestForm(KernFormMixin, forms.Form):
    note = forms.CharField(label=_("Grund der Abschiebung trotz laufendem Verfahren"),
                           max_length=500, widget=forms.Textarea(attrs={"rows": 3}))


class RemovalAnswerForm(KernFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    comment = forms.CharField(label=_("Kommentar"), max_length=500, required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))
