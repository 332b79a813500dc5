"""The committee report (Sitzungsvorlage) on the programme, in the form of a German council
submission. Changed only through reporting.reports (validation, locking, history, audit)."""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.models.base import CaseRecord


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Entwurf")
    APPROVED = "approved", _("freigegeben")


class Impact(models.TextChoices):
    YES = "yes", _("ja")
    NO = "no", _("nein")
    UNCLEAR = "unclear", _("noch nicht zu übersehen")


class ConsultationRole(models.TextChoices):
    NOTICE = "notice", _("Kenntnisnahme")
    PRELIMINARY = "preliminary", _("Vorberatung")
    RESOLUTION = "resolution", _("Beschluss")


class CommitteeReport(CaseRecord):
    number = models.CharField(_("Vorlagen-Nr."), max_length=60)
    public = models.BooleanField(_("öffentlich"), default=True)
    department = models.CharField(_("Fachbereich"), max_length=200)
    author_name = models.CharField(_("Bearbeiter/in"), max_length=200)
    date = models.DateField(_("Datum"))
    file_reference = models.CharField(_("Aktenzeichen"), max_length=100, blank=True)
    subject = models.CharField(_("Betreff"), max_length=300)
    period_start = models.DateField(_("Berichtszeitraum von"))
    period_end = models.DateField(_("Berichtszeitraum bis"))
    proposal = models.TextField(_("Beschlussvorschlag"))
    financial_impact = models.CharField(_("Finanzielle Auswirkungen"), max_length=8,
                                        choices=Impact.choices, default=Impact.NO)
    financial_text = models.TextField(_("Finanzielle Auswirkungen erläutert"), blank=True)
    personnel_impact = models.CharField(_("Personelle Auswirkungen"), max_length=8,
                                        choices=Impact.choices, default=Impact.NO)
    personnel_text = models.TextField(_("Personelle Auswirkungen erläutert"), blank=True)
    organisational_impact = models.CharField(_("Organisatorische Auswirkungen"), max_length=8,
                                             choices=Impact.choices, default=Impact.NO)
    organisational_text = models.TextField(_("Organisatorische Auswirkungen erläutert"), blank=True)
    # The facts (Sachverhalt), one free text per pillar of the programme; the figures are live.
    text_integration = models.TextField(_("Sachverhalt: Bleiberecht und Härtefälle"), blank=True)
    text_counselling = models.TextField(_("Sachverhalt: Beratung und Service"), blank=True)
    text_dialogue = models.TextField(_("Sachverhalt: Dialog und Vernetzung"), blank=True)
    text_training = models.TextField(_("Sachverhalt: Personal und Fortbildung"), blank=True)
    state = models.CharField(_("Stand"), max_length=10, choices=ReportState.choices,
                             default=ReportState.DRAFT)
    # The draft this one was started from (a new version of an approved report).
    predecessor = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="successors", verbose_name=_("Vorversion"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("angelegt von"))
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("freigegeben von"))
    approved_at = models.DateTimeField(_("freigegeben am"), null=True, blank=True)
    # Frozen at approval: the figures (reporting.figures.snapshot) and the final PDF.
    figures = models.JSONField(_("Zahlen bei Freigabe"), default=dict, blank=True,
                               encoder=DjangoJSONEncoder, editable=False)
    pdf = models.BinaryField(_("Vorlage (PDF)"), null=True, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["pdf", "figures"])

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("Vorlage")
        verbose_name_plural = _("Vorlagen")

    def __str__(self) -> str:
        return f"{self.number} – {self.subject}"

    @property
    def approved(self) -> bool:
        return self.state == ReportState.APPROVED


class Consultation(CaseRecord):
    """One row of the Beratungsfolge: which committee deals with the report when, and how."""

    report = models.ForeignKey(CommitteeReport, on_delete=models.CASCADE,
                               related_name="consultations")
    position = models.PositiveSmallIntegerField(_("Reihenfolge"))
    committee = models.CharField(_("Gremium"), max_length=200)
    meeting_date = models.DateField(_("Sitzung am"))
    role = models.CharField(_("Zuständigkeit"), max_length=12, choices=ConsultationRole.choices)

    class Meta:
        ordering = ["report", "position"]
        verbose_name = _("Beratungsfolge")
        verbose_name_plural = _("Beratungsfolge")
