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
    successful = tri_state(
        _("erfolgreich besucht (Versetzung/Abschluss)"),
        help_text=_("§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG: in diesem Zeitraum erfolgreich eine "
                    "Schule besucht (versetzt bzw. Abschluss erreicht). Leer: unbekannt."),
    )
    history = HistoricalRecords()


class TrainingKind(models.TextChoices):
    """The kinds the law tells apart (law.engine.facts.TrainingKind); blank = unknown."""

    QUALIFIED = "qualified", _("qualifizierte Berufsausbildung (mind. 2 Jahre)")
    ASSISTANT = "assistant", _("Assistenz- oder Helferausbildung")
    # § 19d Abs. 1 Nr. 1 a (ab 01.03.2024): counts as a qualification, other assistant
    # trainings do not; for § 60c/§ 16g it is an assistant training like any other.
    CARE_AID = "care_aid", _("staatlich anerkannte Pflegehilfeausbildung")
    OTHER = "other", _("sonstige Ausbildung")


class TrainingRecord(FactRecord):
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="training_records")
    start = models.DateField(_("von"))
    end = models.DateField(_("bis"), null=True, blank=True)
    occupation = models.CharField(_("Ausbildungsberuf"), max_length=200)
    kind = models.CharField(
        _("Art der Ausbildung"), max_length=10, choices=TrainingKind.choices, blank=True,
        help_text=_("§ 60c Abs. 1 Satz 1, § 16g Abs. 1 AufenthG: qualifiziert = staatlich "
                    "anerkannter Ausbildungsberuf mit mindestens zwei Jahren (§ 2 Abs. 12a). "
                    "Leer: unbekannt."),
    )
    contract_registered = tri_state(
        _("Ausbildungsvertrag eingetragen oder Eintragung beantragt"),
        help_text=_("§ 60c Abs. 3, § 16g Abs. 3 AufenthG: Eintragung in das Verzeichnis der "
                    "Berufsausbildungsverhältnisse (Kammer) beantragt oder erfolgt; bei "
                    "schulischer Ausbildung Zustimmung der zuständigen Stelle."),
    )
    completed = tri_state(
        _("erfolgreich abgeschlossen"),
        help_text=_("§ 19d Abs. 1 Nr. 1 a und Abs. 1a, § 16g Abs. 8 AufenthG: Abschlussprüfung "
                    "bestanden. Nur mit Ende der Ausbildung."),
    )
    bottleneck_commitment = tri_state(
        _("Zusage für eine qualifizierte Ausbildung in einem Engpassberuf"),
        help_text=_("§ 60c Abs. 1 Satz 1, § 16g Abs. 1 AufenthG: nur bei Assistenz- oder "
                    "Helferausbildung – Ausbildungsplatzzusage für eine anschließende "
                    "qualifizierte Ausbildung in einem Beruf mit festgestelltem Engpass."),
    )
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
    qualified = tri_state(
        _("qualifizierte Beschäftigung (§ 2 Abs. 12b AufenthG)"),
        help_text=_("§ 19d Abs. 1 Nr. 1 b und c AufenthG: Beschäftigung, die eine qualifizierte "
                    "Berufsausbildung oder ein Studium voraussetzt. Leer: unbekannt."),
    )
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
    intentional = tri_state(
        _("vorsätzliche Tat"),
        help_text=_("§ 19d Abs. 1 Nr. 7 (auch für § 60c und § 16g), § 25a Abs. 3, § 60d Abs. 1 "
                    "Nr. 7 AufenthG: nur vorsätzliche Straftaten zählen, fahrlässige nicht. "
                    "Leer: unbekannt (die Prüfung rechnet dann mit beiden Möglichkeiten)."),
    )
    erasure_date = models.DateField(_("Tilgung im BZR am"), null=True, blank=True)
    history = HistoricalRecords()
