from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.scoping import AuthorityOwned


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("wartet auf Verarbeitung")
    READING = "reading", _("wird geprüft")
    WRITING = "writing", _("wird gespeichert")
    DONE = "done", _("übernommen")
    REJECTED = "rejected", _("abgelehnt")
    FAILED = "failed", _("fehlgeschlagen")


FINISHED = {ImportStatus.DONE, ImportStatus.REJECTED, ImportStatus.FAILED}


class ImportJob(AuthorityOwned):
    """One uploaded file on its way into the case files, with progress and report.

    The upload itself is deleted once the job has finished: only the report stays.
    """

    upload = models.FileField(_("Datei"), upload_to="imports/%Y/%m/", blank=True)
    original_name = models.CharField(_("Dateiname"), max_length=255)
    dry_run = models.BooleanField(_("nur prüfen"), default=False)
    status = models.CharField(
        _("Stand"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    rows_total = models.PositiveIntegerField(_("Zeilen gesamt"), default=0)
    rows_done = models.PositiveIntegerField(_("Zeilen geprüft"), default=0)
    report = models.JSONField(_("Bericht"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("hochgeladen am"), auto_now_add=True)
    finished_at = models.DateTimeField(_("abgeschlossen am"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Import")
        verbose_name_plural = _("Importe")

    def __str__(self) -> str:
        return self.original_name

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def percent(self) -> int | None:
        if self.status != ImportStatus.READING or not self.rows_total:
            return None
        return min(100, round(100 * self.rows_done / self.rows_total))
