from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "wegweiser.web"
    label = "web"

    def ready(self):
        # Django 6.1's empty choice of a select ("- Select an option -") has no German
        # translation yet; Django reads it from here (the documented way to change it).
        from django.db.models import fields

        fields.BLANK_CHOICE_LABEL = _("– bitte auswählen –")
