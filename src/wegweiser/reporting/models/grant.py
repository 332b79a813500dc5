"""Grant ledger: the grant notice, budget lines per measure, expenses and milestones.
Changed only through reporting.grants (validation, retention, locking, history, audit)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.models.base import CaseRecord


class Grant(CaseRecord):
    programme = models.CharField(_("Förderprogramm"), max_length=200)
    funding_body = models.CharField(_("Zuwendungsgeber"), max_length=200)
    purpose = models.CharField(_("Zuwendungszweck"), max_length=300, blank=True)
    notice_reference = models.CharField(_("Aktenzeichen des Zuwendungsbescheids"), max_length=100)
    notice_date = models.DateField(_("Datum des Zuwendungsbescheids"), null=True, blank=True)
    amount = models.DecimalField(_("bewilligter Betrag (EUR)"), max_digits=12, decimal_places=2)
    own_share = models.DecimalField(_("Eigenanteil (EUR)"), max_digits=12, decimal_places=2,
                                    default=0)
    period_start = models.DateField(_("Bewilligungszeitraum von"))
    period_end = models.DateField(_("Bewilligungszeitraum bis"))
    phase_end = models.DateField(_("Ende der Projektphase"), null=True, blank=True)
    report_text = models.TextField(_("Sachbericht"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-period_start", "-pk"]
        verbose_name = _("Zuwendung")
        verbose_name_plural = _("Zuwendungen")

    def __str__(self) -> str:
        return f"{self.programme} ({self.notice_reference})"


class LineKind(models.TextChoices):
    TRAINERS = "trainers", _("externe Referentinnen und Referenten")
    COACHING = "coaching", _("Coaching")
    DESK = "desk", _("Beratungsstelle")
    TRANSLATION = "translation", _("Übersetzung und Dolmetschen")
    MATERIAL = "material", _("Sachmittel")
    OTHER = "other", _("Sonstiges")


class BudgetLine(CaseRecord):
    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="lines")
    kind = models.CharField(_("Maßnahme"), max_length=12, choices=LineKind.choices)
    title = models.CharField(_("Bezeichnung"), max_length=200)
    planned = models.DecimalField(_("geplant (EUR)"), max_digits=12, decimal_places=2)
    history = HistoricalRecords()

    class Meta:
        ordering = ["grant", "pk"]
        verbose_name = _("Ausgabenposition")
        verbose_name_plural = _("Ausgabenpositionen")

    def __str__(self) -> str:
        return self.title


class Expense(CaseRecord):
    grant = models.ForeignKey(Grant, on_delete=models.PROTECT, related_name="expenses")
    line = models.ForeignKey(BudgetLine, on_delete=models.PROTECT, related_name="expenses",
                             verbose_name=_("Ausgabenposition"))
    spent_on = models.DateField(_("Datum"))
    amount = models.DecimalField(_("Betrag (EUR)"), max_digits=12, decimal_places=2)
    receipt = models.CharField(_("Belegnummer"), max_length=100)
    description = models.CharField(_("Beschreibung"), max_length=300)
    # The training event the expense pays for (trainer's fee, coaching): an event of the same
    # authority, enforced in reporting.grants. Events are never deleted, and an event with a
    # booked expense must stay anyway (receipts are kept five years): PROTECT.
    training_event = models.ForeignKey("training.TrainingEvent", on_delete=models.PROTECT,
                                       null=True, blank=True, related_name="expenses",
                                       verbose_name=_("Fortbildung"))
    # Any other reference in words (e.g. "Einsätze Beratungsstelle, März") - decision 0017.
    reference = models.CharField(_("sonstiger Bezug"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["grant", "spent_on", "pk"]
        verbose_name = _("Ausgabe")
        verbose_name_plural = _("Ausgaben")


class Milestone(CaseRecord):
    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("Meilenstein"), max_length=200)
    due_on = models.DateField(_("fällig am"))
    done_on = models.DateField(_("erreicht am"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["grant", "due_on", "pk"]
        verbose_name = _("Meilenstein")
        verbose_name_plural = _("Meilensteine")
