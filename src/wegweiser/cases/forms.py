from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.models import Municipality, User
from wegweiser.web.forms import KernFormMixin

from .models import (
    Assessment,
    AsylumProcedure,
    Conviction,
    CooperationStep,
    Employment,
    FollowUp,
    LanguageCertificate,
    LivelihoodRecord,
    Person,
    SchoolRecord,
    StatusKind,
    StatusPeriod,
    TrainingRecord,
)
from .models.assessment import ASSESSMENT_FACT_FIELDS, CRIMINAL_ASSESSMENT_FIELDS
from .models.facts import TrainingKind
from .models.status import MANIFESTLY_UNFOUNDED_GROUNDS
from .nationalities import NATIONALITY_CHOICES
from .validation import (
    UNKNOWN_NATIONALITY,
    asylum_ground_problems,
    join_grounds,
    record_problems,
    split_grounds,
)


def scoped_choices(form: forms.BaseForm, authority_id: int) -> None:
    """Offer only the towns and colleagues of the user's own authority."""
    if "municipality" in form.fields:
        field: Any = form.fields["municipality"]
        field.queryset = Municipality.objects.filter(authority_id=authority_id)
    for name in ("assigned_to", "assignee"):
        if name in form.fields:
            field = form.fields[name]
            field.queryset = User.objects.filter(
                authority_id=authority_id, is_active=True, role__in=["caseworker", "head", "counsellor"]
            ).order_by("last_name")


class RecordRules:
    """The record's rules (cases.validation) as errors on the fields concerned."""

    def clean(self):
        data = super().clean()  # type: ignore[misc]
        model_name = self._meta.model._meta.model_name  # type: ignore[attr-defined]
        values = self.rule_values(data)
        for field, message in record_problems(model_name, values, timezone.localdate()):
            self.add_error(field if field in self.fields else None, message)  # type: ignore[attr-defined]
        return data

    def rule_values(self, data: dict) -> dict:
        """The values the rules read; a form adds those that live in other rows."""
        return data


class PersonForm(RecordRules, KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    nationality = forms.ChoiceField(label=_("Staatsangehörigkeit"), choices=NATIONALITY_CHOICES,
                                    error_messages={"invalid_choice": UNKNOWN_NATIONALITY})

    class Meta:
        model = Person
        fields = [
            "family_name",
            "given_names",
            "name_variants",
            "birth_date",
            "birth_date_precision",
            "sex",
            "nationality",
            "entry_date",
            "municipality",
            "file_number",
            "azr_number",
            "assigned_to",
            "identity_clarified",
            "identity_clarified_since",
            "passport_held",
            "entry_ban_in_force",
            "fdgo_declaration",
            "deception_finding",
            "obstruction_finding",
            "criminal_record_known",
            "facts_note",
        ]
        widgets = {
            "name_variants": forms.Textarea(attrs={"rows": 3}),
            "facts_note": forms.Textarea(attrs={"rows": 3}),
        }



class StatusPeriodForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = StatusPeriod
        fields = ["kind", "start", "end", "legal_basis", "azr_reason_code", "note"]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("Das Ende liegt vor dem Beginn."))
        kind = data.get("kind")
        if kind == StatusKind.RESIDENCE_PERMIT and not data.get("legal_basis"):
            self.add_error("legal_basis", _("Eine Aufenthaltserlaubnis braucht ihre Rechtsgrundlage."))
        if (
            kind != StatusKind.DULDUNG
            and kind not in (StatusKind.DULDUNG_60B, StatusKind.DULDUNG_60C, StatusKind.DULDUNG_60D)
            and data.get("azr_reason_code")
        ):
            self.add_error("azr_reason_code", _("Ein Duldungsgrund passt nur zu einer Duldung."))
        return data


class FollowUpForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = FollowUp
        fields = ["due_date", "reason", "assignee"]


class TrainingChoices:
    """An unknown kind of training is offered as "unbekannt", not as a dash."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        self.fields["kind"].choices = [  # type: ignore[attr-defined]
            ("", _("unbekannt")), *TrainingKind.choices]


def _fact_form(model, fields, mixins=()):
    meta = type("Meta", (), {"model": model, "fields": fields})
    return type(
        f"{model.__name__}Form",
        (*mixins, RecordRules, KernFormMixin, forms.ModelForm),
        {"Meta": meta, "version": forms.IntegerField(widget=forms.HiddenInput, required=False)},
    )


class FactKind:
    def __init__(self, slug, model, fields, title, columns, criminal=False, mixins=()):
        self.slug, self.model, self.title = slug, model, title
        self.form_class = _fact_form(model, fields, mixins)
        self.columns = columns  # fields shown in the case file's table
        self.criminal = criminal  # only roles that may see criminal records


FACT_KINDS = {
    kind.slug: kind
    for kind in [
        FactKind(
            "language",
            LanguageCertificate,
            ["level", "scope", "issued", "evidence"],
            _("Sprachnachweise"),
            ["level", "scope", "issued", "evidence"],
        ),
        FactKind(
            "school",
            SchoolRecord,
            ["start", "end", "school", "qualification", "successful", "evidence"],
            _("Schule und Abschlüsse"),
            ["start", "end", "school", "qualification", "successful"],
        ),
        FactKind(
            "training",
            TrainingRecord,
            ["start", "end", "occupation", "kind", "contract_registered", "completed",
             "bottleneck_commitment", "employer", "evidence"],
            _("Berufsausbildung"),
            ["start", "end", "occupation", "kind", "contract_registered", "completed",
             "bottleneck_commitment"],
            mixins=(TrainingChoices,),
        ),
        FactKind(
            "employment",
            Employment,
            ["start", "end", "hours_per_week", "social_insurance", "qualified", "employer",
             "evidence"],
            _("Beschäftigung"),
            ["start", "end", "hours_per_week", "social_insurance", "qualified", "employer"],
        ),
        FactKind(
            "livelihood",
            LivelihoodRecord,
            [
                "assessed_on",
                "own_earnings_share",
                "receives_benefits",
                "benefits_from",
                "benefits_to",
                "evidence",
            ],
            _("Lebensunterhalt"),
            ["assessed_on", "own_earnings_share", "receives_benefits"],
        ),
        FactKind(
            "cooperation",
            CooperationStep,
            ["date", "description", "evidence"],
            _("Mitwirkung bei der Passbeschaffung"),
            ["date", "description", "evidence"],
        ),
        FactKind(
            "conviction",
            Conviction,
            [
                "date",
                "offence",
                "daily_rates",
                "months",
                "suspended",
                "juvenile",
                "foreigner_specific",
                "intentional",
                "erasure_date",
                "evidence",
            ],
            _("Verurteilungen"),
            [
                "date",
                "offence",
                "daily_rates",
                "months",
                "suspended",
                "foreigner_specific",
                "intentional",
                "erasure_date",
            ],
            criminal=True,
        ),
    ]
}


class AsylumForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    manifestly_unfounded_ground = forms.MultipleChoiceField(
        label=_("Gründe der Ablehnung als offensichtlich unbegründet"),
        choices=MANIFESTLY_UNFOUNDED_GROUNDS,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "kern-form-check__checkbox"}),
        help_text=_(
            "Alle Gründe, auf die der Bescheid die Ablehnung stützt, z. B. § 29a AsylG und "
            "§ 30 Abs. 3 Nr. 5 AsylG a.F. Bei Entscheidungen bis 27.02.2024 gilt die alte "
            "Fassung (§ 30 AsylG a.F.), bei späteren die neue (§ 30 Abs. 1); § 29a AsylG "
            "gilt für beide. Nach § 10 Abs. 3 Satz 2 AufenthG sperren nur § 30 Abs. 3 Nr. 1 "
            "bis 6 a.F. und § 30 Abs. 1 Nr. 3 bis 7 n.F."
        ),
    )

    class Meta:
        model = AsylumProcedure
        fields = [
            "application_date",
            "decision_date",
            "outcome",
            "manifestly_unfounded_ground",
            "final_date",
            "withdrawal_date",
            "evidence",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["manifestly_unfounded_ground"] = split_grounds(
                self.instance.manifestly_unfounded_ground)

    def clean(self):
        data = super().clean()
        grounds = data.get("manifestly_unfounded_ground") or []
        decided = data.get("decision_date") or data.get("final_date")
        for message in asylum_ground_problems(grounds, decided):
            self.add_error("manifestly_unfounded_ground", message)
        data["manifestly_unfounded_ground"] = join_grounds(grounds)
        if data.get("outcome") == "rejected_manifestly_unfounded" and not data.get(
            "manifestly_unfounded_ground"
        ):
            self.add_error(
                "manifestly_unfounded_ground",
                _(
                    "Bitte den genauen Grund nach § 30 AsylG angeben – er entscheidet über "
                    "die Sperre nach § 10 Abs. 3 Satz 2 AufenthG."
                ),
            )
        application, decision = data.get("application_date"), data.get("decision_date")
        if application and decision and decision < application:
            self.add_error("decision_date", _("Die Entscheidung kann nicht vor dem Antrag liegen."))
        return data


class CaseFilterForm(forms.Form):
    BANDS = [
        ("", _("alle")),
        ("0-11", _("unter 12 Monate")),
        ("12-35", _("12 bis 35 Monate")),
        ("36-71", _("3 bis 6 Jahre")),
        ("72-95", _("6 bis 8 Jahre")),
        ("96-", _("8 Jahre und länger")),
    ]
    SORTS = [
        ("name", _("Name")),
        ("file_number", _("Aktenzeichen")),
        ("chain", _("Dauer der Kettenduldung (längste zuerst)")),
        ("birth_date", _("Geburtsdatum")),
    ]
    q = forms.CharField(label=_("Name oder Aktenzeichen"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("Aktueller Status"), required=False, choices=[("", _("alle")), *StatusKind.choices]
    )
    band = forms.ChoiceField(label=_("Kettenduldung seit"), required=False, choices=BANDS)
    municipality = forms.ModelChoiceField(
        label=_("Wohnort"),
        required=False,
        queryset=Municipality.objects.none(),
        empty_label=_("alle"),
    )
    nationality = forms.ChoiceField(
        label=_("Staatsangehörigkeit"),
        required=False,
        choices=[("", _("alle")), *NATIONALITY_CHOICES],
    )
    assignee = forms.ModelChoiceField(
        label=_("Zuständig"), required=False, queryset=User.objects.none(), empty_label=_("alle")
    )
    sort = forms.ChoiceField(label=_("Sortierung"), required=False, choices=SORTS)

    def __init__(self, *args, authority_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        scoped_choices(self, authority_id)
        for field in self.fields.values():
            css = (
                "kern-form-input__select"
                if isinstance(field.widget, forms.Select)
                else ("kern-form-input__input")
            )
            field.widget.attrs["class"] = css


class AssessmentForm(KernFormMixin, forms.ModelForm):
    """The legal assessment; criminal-record fields only for roles that may see them."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Assessment
        fields = [*ASSESSMENT_FACT_FIELDS, "note", "evidence"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, show_criminal: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not show_criminal:
            for name in CRIMINAL_ASSESSMENT_FIELDS:
                self.fields.pop(name, None)
