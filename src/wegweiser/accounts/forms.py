from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext_lazy as _

from .models import User
from .roles import Role
from .services import AccountChanges


class LoginForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "kern-form-input__input"


def _kern(form: forms.Form) -> None:
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.CheckboxInput):
            widget.attrs["class"] = "kern-form-check__checkbox"
        elif isinstance(widget, forms.Select):
            widget.attrs["class"] = "kern-form-input__select"
        elif not isinstance(widget, forms.HiddenInput):
            widget.attrs["class"] = "kern-form-input__input"


PASSWORD_HELP = _("Leer lassen: Wegweiser erzeugt ein Passwort und zeigt es einmal an. Sonst "
                  "mindestens 12 Zeichen, nicht nur Ziffern, nicht zu ähnlich zum Namen.")


class AccountForm(forms.Form):
    first_name = forms.CharField(label=_("Vorname"), max_length=150)
    last_name = forms.CharField(label=_("Nachname"), max_length=150)
    email = forms.EmailField(label=_("E-Mail"), required=False)
    role = forms.ChoiceField(label=_("Rolle"), choices=Role.choices)
    is_active = forms.BooleanField(label=_("Konto aktiv (Anmeldung möglich)"), required=False,
                                   initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _kern(self)

    def changes(self) -> AccountChanges:
        data = self.cleaned_data
        return AccountChanges(first_name=data["first_name"], last_name=data["last_name"],
                              email=data["email"], role=data["role"], is_active=data["is_active"])


class UserCreateForm(AccountForm):
    username = forms.CharField(label=_("Benutzername"), max_length=150,
                               validators=[UnicodeUsernameValidator()],
                               help_text=_("Buchstaben, Ziffern und @ . + - _"))
    password = forms.CharField(label=_("Anfangspasswort"), required=False, strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                               help_text=PASSWORD_HELP)
    field_order = ["username", "first_name", "last_name", "email", "role", "is_active", "password"]

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        # Usernames are unique across all authorities (one login page for everyone).
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("Dieser Benutzername ist bereits vergeben."))
        return username


class UserChangeForm(AccountForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class PasswordForm(forms.Form):
    password = forms.CharField(label=_("Neues Passwort"), required=False, strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                               help_text=PASSWORD_HELP)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _kern(self)
