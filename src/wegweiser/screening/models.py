"""Screening runs (one evaluation of every person of an authority) and their stored verdicts."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.scoping import AuthorityOwned


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("wartet auf Verarbeitung")
    LOADING = "loading", _("Akten werden gelesen")
    EVALUATING = "evaluating", _("Voraussetzungen werden geprüft")
    STORING = "storing", _("Ergebnisse werden gespeichert")
    DONE = "done", _("abgeschlossen")
    FAILED = "failed", _("fehlgeschlagen")


FINISHED = {RunStatus.DONE, RunStatus.FAILED}
# A district takes seconds; a run without result after this long lost its worker.
ABANDONED_AFTER = timedelta(minutes=30)


class ScreeningRun(AuthorityOwned):
    as_of = models.DateField(_("Stichtag"))
    status = models.CharField(_("Stand"), max_length=12, choices=RunStatus.choices,
                              default=RunStatus.QUEUED)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("gestartet von"))
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    started_at = models.DateTimeField(_("begonnen am"), null=True, blank=True)
    finished_at = models.DateTimeField(_("beendet am"), null=True, blank=True)
    duration_seconds = models.FloatField(_("Dauer (Sekunden)"), null=True, blank=True)
    persons_total = models.PositiveIntegerField(_("Personen gesamt"), default=0)
    persons_done = models.PositiveIntegerField(_("Personen geprüft"), default=0)
    rule_versions = models.JSONField(_("Regelfassungen"), default=dict, blank=True)
    # {"verdicts": {pathway: {verdict: n}}, "new": n, "gone": n}
    counts = models.JSONField(_("Anzahlen"), default=dict, blank=True)
    phases = models.JSONField(_("Dauer je Phase (Sekunden)"), default=dict, blank=True)
    message = models.TextField(_("Meldung"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Prüflauf")
        verbose_name_plural = _("Prüfläufe")

    def __str__(self) -> str:
        return f"{self.as_of:%d.%m.%Y} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in FINISHED or self.abandoned

    @property
    def abandoned(self) -> bool:
        """Still marked as running, but its worker stopped answering long ago."""
        began = self.started_at or self.created_at
        return (self.status not in FINISHED and began is not None
                and timezone.now() - began > ABANDONED_AFTER)

    @property
    def percent(self) -> int:
        if self.status == RunStatus.DONE:
            return 100
        if not self.persons_total:
            return 0
        return min(99, round(100 * self.persons_done / self.persons_total))


class ScreeningResult(AuthorityOwned):
    """The verdict of one pathway for one person in one run (a person's row per pathway)."""

    run = models.ForeignKey(ScreeningRun, on_delete=models.CASCADE, related_name="results")
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="+")
    pathway_id = models.CharField(_("Bleiberechtsweg"), max_length=16)
    verdict = models.CharField(_("Ergebnis"), max_length=16)
    pending_date = models.DateField(_("voraussichtlich erfüllt ab"), null=True, blank=True)
    deadline = models.DateField(_("Frist"), null=True, blank=True)
    summary = models.CharField(_("Zusammenfassung"), max_length=300)
    exceptions_open = models.PositiveSmallIntegerField(_("offene Regelvoraussetzungen"), default=0)
    # Denormalised per person so that the worklist filters without joins.
    toleration_months = models.PositiveIntegerField(_("Kettenduldung (Monate)"), null=True, blank=True)
    p104c_holder = models.BooleanField(_("Inhaber/in einer AE nach § 104c"), default=False)

    class Meta:
        verbose_name = _("Prüfergebnis")
        verbose_name_plural = _("Prüfergebnisse")
        indexes = [
            models.Index(fields=["run", "verdict", "pathway_id"]),
            models.Index(fields=["run", "person"]),
        ]
