"""Forms for applications, decisions, closing a file and answering approvals."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wegweiser.law.statute.pathways import ALL_PATHWAYS, PATHWAYS_BY_ID, Entitlement
from wegweiser.review.models import GuidelineVersion
from wegweiser.review.models.guideline import VersionState
from wegweiser.web.forms import KernFormMixin

from .decision_queries import pathway_label
from .decision_reasons import choices_for
from .forms import RecordRules
from .models import Application, ApprovalRequest, Decision
from .models.decision import ApplicationStatus, DecisionType
from .services import related_rule_values

UNKNOWN_PATHWAY = _("Unbekannte Rechtsgrundlage „%(value)s“: bitte eine Norm der Liste wählen.")
DECISION_TYPE_OF = {Entitlement.BOUND: DecisionType.BOUND, Entitlement.SHOULD: DecisionType.SHOULD,
                    Entitlement.MAY: DecisionType.DISCRETION}


def pathway_choices() -> list[tuple[str, str]]:
    return [("", "–"), *((p.id, pathway_label(p.id)) for p in ALL_PATHWAYS)]


def _pathway_field(help_text) -> forms.ChoiceField:
    return forms.ChoiceField(label=_("Rechtsgrundlage"), choices=pathway_choices, required=False,
                             help_text=help_text,
                             error_messages={"invalid_choice": UNKNOWN_PATHWAY})


class ApplicationForm(RecordRules, KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    pathway_id = _pathway_field(_("Pflicht bei einem Antrag auf Aufenthaltserlaubnis; bei einer "
                                  "Duldung nach § 60c oder § 60d die Norm der Duldung."))

    class Meta:
        model = Application
        fields = ["received_on", "subject", "pathway_id", "channel", "status", "assignee", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, decided: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        status: Any = self.fields["status"]
        if decided:
            # The status of a decided application follows from its decision.
            status.disabled = True
            status.help_text = _("Ergibt sich aus der Entscheidung.")
        else:
            status.choices = [c for c in ApplicationStatus.choices
                              if c[0] != ApplicationStatus.DECIDED]


class DecisionForm(RecordRules, KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    pathway_id = _pathway_field(_("Die Norm, auf der die Entscheidung beruht; leer: die Norm "
                                  "des Antrags."))
    reasons = forms.MultipleChoiceField(
        label=_("Hauptgründe"), required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "kern-form-check__checkbox"}),
        help_text=_("Gründe zur Norm der Entscheidung; bei einer Ablehnung mindestens einer."),
        error_messages={"invalid_choice": _(
            "„%(value)s“ ist kein Grund zu dieser Rechtsgrundlage; bitte einen Grund der "
            "Liste wählen.")})
    follows_guideline = forms.NullBooleanField(
        label=_("Verhältnis zur Leitlinie"), required=False,
        widget=forms.Select(choices=[("", _("keine Leitlinie angewandt")),
                                     ("True", _("folgt der Leitlinie")),
                                     ("False", _("weicht von der Leitlinie ab"))]))

    class Meta:
        model = Decision
        fields = ["decided_on", "outcome", "pathway_id", "decision_type", "discretion", "reasons",
                  "reason_text", "guideline_version", "follows_guideline", "departure_kind",
                  "departure_text"]
        widgets = {"reason_text": forms.Textarea(attrs={"rows": 4}),
                   "departure_text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, application: Application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        pathway_id = self._pathway_id()
        reasons: Any = self.fields["reasons"]
        reasons.choices = choices_for(pathway_id)
        guideline: Any = self.fields["guideline_version"]
        guideline.queryset = GuidelineVersion.objects.filter(
            state__in=(VersionState.APPROVED, VersionState.WITHDRAWN)).select_related("guideline").order_by(
            "guideline__number", "-number")
        guideline.label_from_instance = _guideline_label
        self.fields["decision_type"].help_text = _("Pflicht, außer bei einer Rücknahme.")
        self.fields["discretion"].help_text = _("Nur bei einer Ermessensentscheidung, dort Pflicht.")
        if not self.instance.pk:
            self.initial.setdefault("pathway_id", application.pathway_id)
            pathway = PATHWAYS_BY_ID.get(application.pathway_id)
            if pathway is not None:
                self.initial.setdefault("decision_type", DECISION_TYPE_OF[pathway.consequence])

    def _pathway_id(self) -> str:
        """The norm whose reasons are offered: the one sent, else the decision's or application's."""
        sent = self.data.get(self.add_prefix("pathway_id")) if self.is_bound else None
        if sent in PATHWAYS_BY_ID:
            return sent
        return self.instance.pathway_id or self.application.pathway_id

    def rule_values(self, data: dict) -> dict:
        probe = Decision(application=self.application,
                         guideline_version=data.get("guideline_version"))
        return {**data, "pathway_id": data.get("pathway_id") or self.application.pathway_id,
                **related_rule_values(probe)}


def _guideline_label(version: GuidelineVersion) -> str:
    return f"{version.guideline.number} {version.guideline.title} ({version.number}. Fassung)"


class ClosingForm(KernFormMixin, forms.Form):
    note = forms.CharField(label=_("Grund des Abschlusses"), max_length=300,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("z. B. Fortzug in einen anderen Kreis, Ausreise, Einbürgerung"))


class ReopenForm(KernFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    note = forms.CharField(label=_("Grund der Wiedereröffnung"), max_length=300,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("z. B. Rückkehr in den Kreis, Abschluss irrtümlich"))


class ResubmitForm(KernFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    note = forms.CharField(label=_("Anmerkung zur erneuten Vorlage"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, approval: ApprovalRequest, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = approval.version
        if approval.kind == "closing":
            note: Any = self.fields["note"]
            note.label, note.required = _("Grund des Abschlusses"), True
            self.initial.setdefault("note", approval.note)


class AnswerForm(KernFormMixin, forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    comment = forms.CharField(label=_("Kommentar"), required=False,
                              widget=forms.Textarea(attrs={"rows": 3}),
                              help_text=_("Beim Zurückgeben Pflicht: was zu ändern oder zu ergänzen ist."))

    def __init__(self, *args, approval: ApprovalRequest, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = approval.version


class ApprovalSettingsForm(forms.Form):
    """The switches of cases.approval_settings and the named deputies (one page)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    deputies = forms.TypedMultipleChoiceField(
        label=_("Vertretung der Abteilungsleitung bei Freigaben"), required=False, coerce=int,
        help_text=_("Wer hier genannt ist, darf Vorlagen an Stelle der Abteilungsleitung "
                    "freigeben oder zurückgeben – nie eine eigene."),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "kern-form-check__checkbox"}),
        error_messages={"invalid_choice": _(
            "Vertretung kann nur eine aktive Sachbearbeiterin oder ein aktiver Sachbearbeiter "
            "der eigenen Behörde sein.")})

    def __init__(self, *args, authority_id: int, **kwargs):
        from .approval_settings import OPTIONAL, deputy_choices

        super().__init__(*args, **kwargs)
        for name, act in OPTIONAL.items():
            self.fields[name] = forms.BooleanField(
                label=act.label, help_text=act.explanation, required=False,
                widget=forms.CheckboxInput(attrs={"class": "kern-form-check__checkbox"}))
        deputies = self.fields["deputies"]
        assert isinstance(deputies, forms.TypedMultipleChoiceField)
        deputies.choices = [
            (u.pk, u.get_full_name() or u.username) for u in deputy_choices(authority_id)]
        self.order_fields([*OPTIONAL, "deputies"])
