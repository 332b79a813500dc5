from pathlib import PurePath

from django import forms
from django.utils.translation import gettext_lazy as _

from .readers import FORMATS
from .services import max_upload_bytes


class ImportUploadForm(forms.Form):
    upload = forms.FileField(
        label=_("Datei"),
        help_text=_("CSV (Semikolon, UTF-8), Excel (.xlsx) oder JSON im Wegweiser-Austauschformat."),
        widget=forms.ClearableFileInput(attrs={
            "class": "kern-form-input__input", "accept": ".csv,.txt,.xlsx,.json"}),
    )
    dry_run = forms.BooleanField(
        label=_("Nur prüfen, nichts speichern"), required=False,
        widget=forms.CheckboxInput(attrs={"class": "kern-form-check__checkbox"}),
    )

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        suffix = PurePath(upload.name).suffix.lower().lstrip(".")
        if suffix not in (*FORMATS, "txt"):
            raise forms.ValidationError(
                _("Bitte eine Datei mit der Endung .csv, .xlsx oder .json hochladen."))
        if upload.size > max_upload_bytes():
            raise forms.ValidationError(_("Die Datei ist zu groß (höchstens %(mb)s MB).") % {
                "mb": max_upload_bytes() // (1024 * 1024)})
        if upload.size == 0:
            raise forms.ValidationError(_("Die Datei ist leer."))
        return upload
