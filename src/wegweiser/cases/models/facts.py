"""Integration and exclusion facts, each with date and evidence reference."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .base import CaseRecord, EvidenceMixin, tri_state


class FactRecord(CaseRecord, EvidenceMixin):
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True
        base_manager_name = "unscoped"


class LanguageLevel(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


class LanguageScope(models.TextChoices):
    ORAL = "oral", _("mündlich")
    WRITTEN = "written", _("schriftlich")
    FULL = "full", _("mündlich und schriftlich")


class LanguageCertificate(FactRecord):
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="language_certificates")
    level = models.CharField(_("Niveau"), max_length=2, choices=LanguageLevel.choices)
    scope = models.CharField(_("Umfang"), max_length=10, choices=LanguageScope.choices)
    issued = models.DateField(_("ausgestellt am"))
    history = HistoricalRecords()


class SchoolRecord(FactRecord):
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="school_records")
    start = models.DateField(_("von"))
    end = models.DateField(_("bis"), null=True, blank=True)
    school = models.CharField(_("Schule"), max_length=200, blank=True)
    qualification = models.CharField(_("Abschluss"), max_length=200, blank=True)
    history = HistoricalRecords()


class TrainingRecord(FactRecord):
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="training_records")
    start = models.DateField(_("von"))
    end = models.DateField(_("bis"), null=True, blank=True)
    occupation = models.CharField(_("Ausbildungsberuf"), max_length=200)
    qualified = tri_state(_("qualifizierte Berufsausbildung (mind. 2 Jahre)"))
    employer = models.CharField(_("Ausbildungsbetrieb"), max_length=200, blank=True)
    history = HistoricalRecords()


class Employment(FactRecord):
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="employments")
    start = models.DateField(_("von"))
    end = models.DateField(_("bis"), null=True, blank=True)
    hours_per_week = models.DecimalField(
        _("Wochenstunden"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    social_insurance = tri_state(_("sozialversicherungspflichtig"))
    employer = models.CharField(_("Arbeitgeber"), max_length=200, blank=True)
    history = HistoricalRecords()


class LivelihoodRecord(FactRecord):
    """The livelihood situation as assessed on a date."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="livelihood")
    assessed_on = models.DateField(_("festgestellt am"))
    own_earnings_share = models.PositiveSmallIntegerField(
        _("Anteil des Bedarfs aus eigenem Einkommen (%)"), null=True, blank=True
    )
    receives_benefits = tri_state(_("bezieht öffentliche Leistungen"))
    benefits_from = models.DateField(_("Leistungen seit"), null=True, blank=True)
    benefits_to = models.DateField(_("Leistungen bis"), null=True, blank=True)
    history = HistoricalRecords()


class CooperationStep(FactRecord):
    """A step the person took to obtain identity papers (Mitwirkung)."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="cooperation")
    date = models.DateField(_("Datum"))
    description = models.CharField(_("Mitwirkungshandlung"), max_length=300)
    history = HistoricalRecords()


class Conviction(FactRecord):
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="convictions")
    date = models.DateField(_("Datum der Verurteilung"))
    offence = models.CharField(_("Tat"), max_length=200, blank=True)
    daily_rates = models.PositiveSmallIntegerField(_("Tagessätze"), null=True, blank=True)
    months = models.DecimalField(
        _("Freiheits-/Jugendstrafe (Monate)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    suspended = tri_state(_("zur Bewährung ausgesetzt"))
    juvenile = tri_state(_("nach Jugendstrafrecht"))
    foreigner_specific = tri_state(
        _("nur von Ausländern begehbar (AufenthG/AsylG)"),
    )
    erasure_date = models.DateField(_("Tilgung im BZR am"), null=True, blank=True)
    history = HistoricalRecords()
