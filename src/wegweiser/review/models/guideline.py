from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.models.base import CaseRecord


class Guideline(CaseRecord):
    """A Leitlinie of the office's decision practice, numbered along the statute (e.g. "25.5.1")."""

    number = models.CharField(_("Nummer"), max_length=30)
    title = models.CharField(_("Titel"), max_length=200)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["number"]
        verbose_name = _("Leitlinie")
        verbose_name_plural = _("Leitlinien")
        constraints = [models.UniqueConstraint(fields=["authority", "number"],
                                               name="guideline_unique_number")]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"


class VersionReason(models.TextChoices):
    CONFERENCE = "conference", _("Beschluss einer Fallkonferenz")
    CHANGED_LAW = "changed_law", _("Gesetzesänderung")
    COURT = "court", _("Gerichtsentscheidung")
    DIRECTIVE = "directive", _("Erlass oder Anwendungshinweise")
    PRACTICE = "practice", _("Auswertung der Entscheidungspraxis")
    OTHER = "other", _("Sonstiges")


class VersionState(models.TextChoices):
    DRAFT = "draft", _("Entwurf")
    APPROVED = "approved", _("in Kraft gesetzt")
    WITHDRAWN = "withdrawn", _("aufgehoben")


class GuidelineVersion(CaseRecord):
    """One dated version of a guideline; approved by the head of department, never edited after."""

    guideline = models.ForeignKey(Guideline, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("Fassung"))
    text = models.TextField(_("Regel der Praxis"))
    note = models.TextField(_("Merke"), blank=True)
    # law.statute.pathways ids the guideline is for (e.g. ["p25_5"]).
    pathway_ids = models.JSONField(_("Rechtsgrundlagen"), default=list)
    constellations = models.ManyToManyField("review.Constellation", blank=True,
                                            related_name="guideline_versions",
                                            verbose_name=_("Fallkonstellationen"))
    valid_from = models.DateField(_("gültig ab"), null=True, blank=True)
    valid_to = models.DateField(_("gültig bis"), null=True, blank=True)
    reason_kind = models.CharField(_("Anlass der Fassung"), max_length=12,
                                   choices=VersionReason.choices)
    reason_text = models.TextField(_("Anlass erläutert"), blank=True)
    conference = models.ForeignKey("review.Conference", on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="guideline_versions",
                                   verbose_name=_("beschlossen in"))
    state = models.CharField(_("Stand"), max_length=10, choices=VersionState.choices,
                             default=VersionState.DRAFT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("verfasst von"))
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("in Kraft gesetzt von"))
    approved_at = models.DateTimeField(_("in Kraft gesetzt am"), null=True, blank=True)
    # Withdrawal (Aufhebung) of the guideline: the version stays in the register, marked.
    withdrawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+",
                                     verbose_name=_("aufgehoben von"))
    withdrawn_at = models.DateTimeField(_("aufgehoben am"), null=True, blank=True)
    withdrawal_kind = models.CharField(_("Anlass der Aufhebung"), max_length=12,
                                       choices=VersionReason.choices, blank=True)
    withdrawal_text = models.TextField(_("Aufhebung erläutert"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["guideline", "-number"]
        verbose_name = _("Fassung einer Leitlinie")
        verbose_name_plural = _("Fassungen von Leitlinien")
        constraints = [models.UniqueConstraint(fields=["guideline", "number"],
                                               name="guideline_version_unique_number")]

    def __str__(self) -> str:
        return f"{self.guideline.number} ({self.number}. Fassung)"
