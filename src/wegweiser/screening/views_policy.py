"""The page "Einstellungen der Prüfung": read by the staff, changed by head and administration.

There is no id in the URL: everyone sees and changes only the settings of their own authority.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.law.statute.parameters import DEFAULT_POLICY
from wegweiser.web.forms import KernFormMixin

from .models import PolicySettings
from .policy import (
    MONTHS_MAX,
    NAMES,
    SETTINGS,
    PolicyConflict,
    months_message,
    problems,
    rows,
    save_policy,
    share_message,
    shown,
    to_policy,
)
from .policy_history import LIMIT, changes_of


class PolicyForm(KernFormMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # A decision, not a tick: both answers are spelled out (and leave room for the hint).
    p104c_pending_applications_grantable = forms.TypedChoiceField(
        label=PolicySettings._meta.get_field("p104c_pending_applications_grantable").verbose_name,
        choices=[("False", gettext_lazy("nein")), ("True", gettext_lazy("ja"))],
        coerce=lambda value: value == "True")

    class Meta:
        model = PolicySettings
        fields = list(NAMES)
        localized_fields = ["livelihood_mostly_share"]  # "0,5" in German, "0.5" in English

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for setting in SETTINGS:
            field = self.fields[setting.name]
            field.help_text = _("%(explanation)s Standardwert: %(default)s. Grundlage: "
                                "%(reference)s.") % {
                "explanation": setting.explanation, "reference": setting.reference,
                "default": shown(setting.name, getattr(DEFAULT_POLICY, setting.name))}
            if setting.name.endswith("_months"):
                field.widget.attrs.update(min=0, max=MONTHS_MAX)
                _one_message(field, months_message())
        share = self.fields["livelihood_mostly_share"]
        share.widget.attrs["inputmode"] = "decimal"
        _one_message(share, share_message())
        self.fields["version"].initial = self.instance.version if self.instance.pk else 0

    def clean(self):
        data = super().clean()
        for name, message in _problems_of_parsed(self, data).items():
            self.add_error(name, message)
        return data


def _one_message(field: forms.Field, message: str) -> None:
    """Say the bounds whatever is wrong (not a number, too small, too many decimals)."""
    for code in ("invalid", "min_value", "max_value", "max_digits", "max_decimal_places",
                 "max_whole_digits"):
        field.error_messages[code] = message


def _problems_of_parsed(form: forms.Form, data: dict) -> dict[str, str]:
    """Bounds of the values that parsed (a field Django already refused keeps its message)."""
    return {name: message for name, message in problems(data).items()
            if name not in form.errors and name in data}


def _own_settings(request) -> PolicySettings | None:
    return PolicySettings.objects.filter(authority_id=request.user.authority_id).first()


@requires("screening.policy_view")
def policy(request):
    row = _own_settings(request)
    return render(request, "screening/policy.html", {
        "settings": rows(to_policy(row)), "row": row,
        "history": changes_of(request.user.authority_id), "history_limit": LIMIT,
        "can_edit": can(request.user, "screening.policy_edit")})


@requires("screening.policy_edit")
def policy_edit(request):
    row = _own_settings(request) or PolicySettings(authority_id=request.user.authority_id)
    form = PolicyForm(request.POST or None, instance=row)
    if request.method != "POST":
        return render(request, "screening/policy_form.html", {"form": form})
    status = 400
    if form.is_valid():
        try:
            changed = save_policy(request.user, {n: form.cleaned_data[n] for n in NAMES},
                                  form.cleaned_data.get("version"), request)
        except PolicyConflict:
            form.add_error(None, _(PolicyConflict.message))
            status = 409
        except ValidationError as error:
            for name, refused in error.message_dict.items():
                form.add_error(name if name in form.fields else None, refused)
        else:
            messages.success(request, _(
                "Einstellungen gespeichert. Sie gelten sofort für die Erklärung einzelner "
                "Personen und ab dem nächsten Prüflauf.") if changed
                else _("Keine Änderung – es wurde nichts gespeichert."))
            return redirect("screening:policy")
    return render(request, "screening/policy_form.html", {"form": form}, status=status)
