from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .base import CaseRecord


class FollowUp(CaseRecord):
    """A Wiedervorlage: a dated reminder on a case, assigned to someone."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="follow_ups")
    due_date = models.DateField(_("fällig am"))
    reason = models.CharField(_("Anlass"), max_length=300)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        verbose_name=_("zuständig"),
    )
    done = models.BooleanField(_("erledigt"), default=False)
    done_at = models.DateTimeField(_("erledigt am"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["done", "due_date"]
        indexes = [models.Index(fields=["assignee", "done", "due_date"])]
