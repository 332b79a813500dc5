"""Forms of the public booking: every field validated, German messages beside the field."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .topics import topic_html

# Interpreting is offered for more languages than the pages are written in; names in their own
# language, as in the language switch.
INTERPRETER_LANGUAGES = [
    ("ar", "العربية"), ("fa", "فارسی"), ("prs", "دری (Dari)"), ("ps", "پښتو (Paschtu)"),
    ("ku", "Kurdî"), ("tr", "Türkçe"), ("uk", "Українська"), ("ru", "Русский"),
    ("ti", "ትግርኛ (Tigrinya)"), ("so", "Soomaali"), ("fr", "Français"), ("en", "English"),
    ("sq", "Shqip"), ("sr", "Srpski"), ("ro", "Română"), ("ur", "اردو"),
]


class TopicForm(forms.Form):
    topic = forms.ChoiceField(label=_("Worum geht es?"), widget=forms.RadioSelect,
                              error_messages={"required": _("Bitte wählen Sie ein Anliegen."),
                                              "invalid_choice": _("Bitte wählen Sie ein Anliegen "
                                                                  "aus der Liste.")})

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [(t.key, topic_html(t)) for t in topics]


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(
        label=_("In welcher Sprache möchten Sie E-Mails und Beratung?"),
        error_messages={"invalid_choice": _("Bitte wählen Sie eine Sprache aus der Liste.")})
    interpreter = forms.ChoiceField(
        label=_("Brauchen Sie eine Dolmetscherin oder einen Dolmetscher? Für welche Sprache?"),
        required=False,
        error_messages={"invalid_choice": _("Bitte wählen Sie eine Sprache aus der Liste.")})
    emergency = forms.BooleanField(
        label=_("Meine Duldung oder Aufenthaltserlaubnis läuft in den nächsten 7 Tagen ab."),
        help_text=_("Dann zeigen wir Ihnen Notfalltermine. Bitte bringen Sie das Dokument mit. "
                    "Wir prüfen es vor Ort."),
        required=False)
    code = forms.CharField(label=_("Buchungscode aus Ihrem Brief"), required=False, max_length=20,
                           help_text=_("Mit dem Code bekommen Sie früher einen Termin."),
                           error_messages={"max_length": _("Der Buchungscode ist zu lang.")})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = list(settings.LANGUAGES)
        self.fields["interpreter"].choices = [("", _("Nein, kein Dolmetschen nötig")),
                                              *INTERPRETER_LANGUAGES]


class VisitorForm(forms.Form):
    name = forms.CharField(label=_("Vorname und Nachname"), max_length=200,
                           error_messages={"required": _("Bitte geben Sie Ihren Namen an."),
                                           "max_length": _("Der Name ist zu lang (höchstens 200 "
                                                           "Zeichen).")})
    birth_date = forms.DateField(
        label=_("Geburtsdatum"), widget=forms.DateInput(attrs={"type": "date"}),
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        error_messages={"required": _("Bitte geben Sie Ihr Geburtsdatum an."),
                        "invalid": _("Bitte geben Sie das Datum so ein: 31.12.1990.")})
    email = forms.CharField(label=_("E-Mail"), required=False, max_length=254,
                            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
                            help_text=_("Wir schicken Ihnen einen Link. Mit dem Link bestätigen "
                                        "Sie den Termin."),
                            error_messages={"max_length": _("Diese E-Mail-Adresse ist zu lang.")})
    phone = forms.CharField(label=_("Telefon"), required=False, max_length=40,
                            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
                            help_text=_("Ohne E-Mail: Wir rufen Sie an, wenn sich etwas ändert."),
                            error_messages={"max_length": _("Diese Telefonnummer ist zu lang.")})
    # Left empty by people, filled in by simple bots; hidden by CSS and from assistive technology.
    website = forms.CharField(required=False, label=_("Bitte leer lassen"),
                              widget=forms.TextInput(attrs={"tabindex": "-1",
                                                            "autocomplete": "off"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs.update({"autocomplete": "name"})
        for bound in self.fields.values():
            bound.widget.attrs.setdefault("class", "kern-form-input__input")


# Messages of counselling.booking that visitors see; listed here so that the public catalogues
# carry them (the door itself is in the staff catalogue's part of the code).
NO_CONTACT = _("Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.")
SERVICE_MESSAGES = (NO_CONTACT, _("Sie stehen für dieses Anliegen schon auf der Warteliste."))


class WaitlistForm(VisitorForm):
    """E-mail or phone: with an e-mail the offer comes with a link, with a phone number only the
    desk calls and books only when the person says yes on the phone."""

    email = forms.CharField(label=_("E-Mail"), required=False, max_length=254,
                            widget=forms.EmailInput(attrs={"autocomplete": "email",
                                                           "class": "kern-form-input__input"}),
                            help_text=_("Wird ein Termin frei, schreiben wir Ihnen."),
                            error_messages={"max_length": _("Diese E-Mail-Adresse ist zu lang.")})
    phone = forms.CharField(label=_("Telefon"), required=False, max_length=40,
                            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel",
                                                          "class": "kern-form-input__input"}),
                            help_text=_("Ohne E-Mail: Wird ein Termin frei, rufen wir Sie an."),
                            error_messages={"max_length": _("Diese Telefonnummer ist zu lang.")})

    def clean(self):
        data = super().clean()
        if not (data.get("email") or "").strip() and not (data.get("phone") or "").strip() \
                and "email" not in self.errors and "phone" not in self.errors:
            self.add_error("email", NO_CONTACT)
        return data
