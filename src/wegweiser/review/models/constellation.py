from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.models.base import CaseRecord


class Constellation(CaseRecord):
    """A Fallkonstellation: a named, saved definition over the law engine's features.

    `conditions` is a list of {"feature", "op", "value"} evaluated by review.constellations with the
    engine's own expressions (no second implementation of a feature).
    """

    name = models.CharField(_("Bezeichnung"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True)
    conditions = models.JSONField(_("Bedingungen"), default=list)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("angelegt von"))
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Fallkonstellation")
        verbose_name_plural = _("Fallkonstellationen")
        constraints = [models.UniqueConstraint(fields=["authority", "name"],
                                               name="constellation_unique_name")]

    def __str__(self) -> str:
        return self.name
