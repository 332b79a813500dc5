from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.scoping import AuthorityOwned


class CaseRecord(AuthorityOwned):
    """A row of a case file: owned by one authority, versioned for optimistic locking."""

    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        base_manager_name = "unscoped"


class EvidenceMixin(models.Model):
    evidence = models.CharField(
        _("Nachweis"), max_length=200, blank=True, help_text=_("z. B. Blatt der Akte, Dokument")
    )

    class Meta:
        abstract = True


def tri_state(verbose_name: Any, **kwargs) -> models.BooleanField:
    """A yes/no fact that may be unknown: None means unknown, never "no"."""
    return models.BooleanField(verbose_name, null=True, blank=True, default=None, **kwargs)
