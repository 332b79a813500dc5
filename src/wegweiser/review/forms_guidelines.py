"""Forms for constellations and guidelines.  They only parse; the rules live in the services
(constellations.save_constellation, guidelines.*), whose German messages the views put on
the fields."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.web.forms import KernFormMixin

from .models import Conference, Constellation
from .models.guideline import VersionReason


def _version() -> forms.IntegerField:
    """The record version the form was loaded with (optimistic locking)."""
    return forms.IntegerField(widget=forms.HiddenInput, required=False)


class ConstellationForm(KernFormMixin, forms.Form):
    version = _version()
    name = forms.CharField(label=_("Bezeichnung"), max_length=200, help_text=_(
        "Kurz und sprechend, z. B. „Familien mit Kindern, seit 6 Jahren geduldet, Identität "
        "ungeklärt“."))
    description = forms.CharField(label=_("Beschreibung"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))


class DraftForm(KernFormMixin, forms.Form):
    version = _version()
    text = forms.CharField(label=_("Regel der Praxis"), widget=forms.Textarea(attrs={"rows": 8}),
                           help_text=_("In klarem Deutsch: wann, wie und mit welcher Begründung "
                                       "entschieden wird."),
                           error_messages={"required": _("Bitte die Regel der Praxis "
                                                         "formulieren.")})
    note = forms.CharField(label=_("Merke"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}), help_text=_(
                               "Ein kurzer Hinweis für die Praxis, wird mit „Merke:“ gezeigt."))
    pathway_ids = forms.MultipleChoiceField(
        label=_("Rechtsgrundlagen"), required=False, widget=forms.CheckboxSelectMultiple,
        choices=[(p.id, p.norm) for p in ALL_PATHWAYS])
    constellations = forms.ModelMultipleChoiceField(
        label=_("Fallkonstellationen"), required=False, queryset=Constellation.objects.none(),
        widget=forms.CheckboxSelectMultiple, help_text=_(
            "Für welche Fälle die Leitlinie gilt; ihre Treffer sind die Fälle der Leitlinie."))
    reason_kind = forms.ChoiceField(label=_("Anlass der Fassung"),
                                    choices=[("", "—"), *VersionReason.choices],
                                    error_messages={"required": _("Bitte den Anlass der Fassung "
                                                                  "wählen.")})
    reason_text = forms.CharField(label=_("Anlass erläutert"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}), help_text=_(
                                      "z. B. Aktenzeichen des Urteils, Datum des Erlasses"))
    conference = forms.ModelChoiceField(label=_("Beschlossen in der Fallkonferenz"),
                                        required=False, queryset=Conference.objects.none())

    def __init__(self, *args: Any, authority_id: int, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["constellations"].queryset = Constellation.objects.filter(  # type: ignore[attr-defined]
            authority_id=authority_id).order_by("name")
        self.fields["conference"].queryset = Conference.objects.filter(  # type: ignore[attr-defined]
            authority_id=authority_id).order_by("-held_on")

    def draft(self) -> dict[str, Any]:
        data = self.cleaned_data
        conference = data.get("conference")
        return {"text": data.get("text"), "note": data.get("note"),
                "pathway_ids": data.get("pathway_ids") or [],
                "constellation_ids": [c.pk for c in data.get("constellations") or []],
                "reason_kind": data.get("reason_kind"), "reason_text": data.get("reason_text"),
                "conference_id": conference.pk if conference else None}


def draft_initial(version) -> dict[str, Any]:
    return {"text": version.text, "note": version.note, "pathway_ids": version.pathway_ids,
            "constellations": list(version.constellations.all()),
            "reason_kind": version.reason_kind, "reason_text": version.reason_text,
            "conference": version.conference}


class GuidelineForm(DraftForm):
    number = forms.CharField(label=_("Nummer"), max_length=30, help_text=_(
        "Entlang des Gesetzes, z. B. 25.5.1 für § 25 Abs. 5, erste Leitlinie; 25a.1 für § 25a."))
    title = forms.CharField(label=_("Titel"), max_length=200)
    field_order = ["number", "title"]


class HeadingForm(KernFormMixin, forms.Form):
    version = _version()
    number = GuidelineForm.base_fields["number"]
    title = GuidelineForm.base_fields["title"]


class ApproveForm(KernFormMixin, forms.Form):
    version = _version()
    valid_from = forms.DateField(label=_("gültig ab"), help_text=_(
        "Ab diesem Tag gilt die Fassung; die bisherige Fassung gilt bis zum Vortag."))

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["valid_from"].initial = timezone.localdate()


class WithdrawForm(KernFormMixin, forms.Form):
    version = _version()
    valid_to = forms.DateField(label=_("gültig bis (letzter Tag)"), help_text=_(
        "Mit Ablauf dieses Tages ist die Leitlinie aufgehoben. Sie bleibt im Verzeichnis, als "
        "aufgehoben gekennzeichnet."))
    reason_kind = forms.ChoiceField(label=_("Anlass der Aufhebung"),
                                    choices=[("", "—"), *VersionReason.choices],
                                    error_messages={"required": _("Bitte den Anlass der "
                                                                  "Aufhebung wählen.")})
    reason_text = forms.CharField(label=_("Anlass erläutert"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["valid_to"].initial = timezone.localdate()
