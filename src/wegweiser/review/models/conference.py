from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.models.base import CaseRecord


class ConferenceStatus(models.TextChoices):
    PLANNED = "planned", _("geplant")
    HELD = "held", _("durchgeführt")
    APPROVED = "approved", _("Protokoll genehmigt")


class Conference(CaseRecord):
    """A Fallkonferenz, chaired by the head of department. It advises; the office decides."""

    held_on = models.DateField(_("Datum"))
    title = models.CharField(_("Titel"), max_length=200, blank=True)
    chair = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                              verbose_name=_("Vorsitz"))
    participants = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+",
                                          verbose_name=_("Teilnehmende (Beschäftigte)"))
    status = models.CharField(_("Stand"), max_length=10, choices=ConferenceStatus.choices,
                              default=ConferenceStatus.PLANNED)
    # The archived minutes: generated from the recorded items when the chair approves them.
    minutes_pdf = models.BinaryField(_("Protokoll (PDF)"), null=True, blank=True, editable=False)
    minutes_approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                            null=True, blank=True, related_name="+",
                                            verbose_name=_("Protokoll genehmigt von"))
    minutes_approved_at = models.DateTimeField(_("Protokoll genehmigt am"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["minutes_pdf"])

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("Fallkonferenz")
        verbose_name_plural = _("Fallkonferenzen")


class ExternalParticipant(CaseRecord):
    """An invited external expert, by name and organisation."""

    conference = models.ForeignKey(Conference, on_delete=models.CASCADE,
                                   related_name="external_participants")
    name = models.CharField(_("Name"), max_length=200)
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]


class ProposalSource(models.TextChoices):
    CASEWORKER = "caseworker", _("Vorschlag der Sachbearbeitung")
    SCREENING_MAY = "may", _("Prüfung: Ermessen möglich")
    PENDING_SOON = "pending", _("Prüfung: erfüllt innerhalb von 90 Tagen")
    REFUSAL_PENDING = "refusal", _("Ablehnung wartet auf Freigabe")
    LONG_CHAIN = "long_chain", _("Duldung seit mindestens 5 Jahren ohne erfüllten Weg")
    CONSISTENCY = "consistency", _("Hinweis auf uneinheitliche Entscheidungen")
    P23A = "p23a", _("Kandidat für die Härtefallkommission (§ 23a)")


class ProposalStatus(models.TextChoices):
    OPEN = "open", _("vorgeschlagen")
    ON_AGENDA = "agenda", _("auf der Tagesordnung")
    DECLINED = "declined", _("nicht aufgenommen")


class Proposal(CaseRecord):
    """A case proposed for a conference, by a caseworker ("Härtefall prüfen") or by Wegweiser."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="+")
    source = models.CharField(_("Herkunft"), max_length=12, choices=ProposalSource.choices)
    question = models.TextField(_("Frage an die Konferenz"))
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+", verbose_name=_("vorgeschlagen von"))
    created_at = models.DateTimeField(_("vorgeschlagen am"), auto_now_add=True)
    status = models.CharField(_("Stand"), max_length=10, choices=ProposalStatus.choices,
                              default=ProposalStatus.OPEN)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Vorschlag")
        verbose_name_plural = _("Vorschläge")
        # review.conferences.propose is idempotent: one open proposal per person and source,
        # even when two proposals arrive at once.
        constraints = [models.UniqueConstraint(
            fields=["person", "source"], condition=models.Q(status="open"),
            name="proposal_one_open_per_person_and_source")]


class Recommendation(models.TextChoices):
    GRANT_DISCRETION = "grant", _("erteilen, Ermessen zugunsten ausüben")
    REFER_HFK = "refer_hfk", _("an die Härtefallkommission verweisen")
    OBTAIN_FACTS = "facts", _("erst Tatsachen ermitteln")
    INFORM_PERSON = "inform", _("Person beraten und auf Wege hinweisen")
    KEEP_PRACTICE = "keep", _("bisherige Entscheidung bestätigen")
    GUIDELINE = "guideline", _("Leitlinie erarbeiten oder ändern")
    OTHER = "other", _("Sonstiges")


class RecommendationOutcome(models.TextChoices):
    OPEN = "open", _("offen")
    FOLLOWED = "followed", _("gefolgt")
    NOT_FOLLOWED = "not_followed", _("nicht gefolgt")


class AgendaItem(CaseRecord):
    """One case on a conference's agenda, with discussion, recommendation and its tracked outcome."""

    conference = models.ForeignKey(Conference, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(_("Position"))
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="+")
    proposal = models.ForeignKey(Proposal, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="items")
    question = models.TextField(_("Frage an die Konferenz"))
    # The case summary prepared for the meeting (status history, verdicts, open facts), frozen.
    prepared = models.JSONField(_("Vorbereitung"), default=dict, blank=True)
    discussion = models.TextField(_("Beratung"), blank=True)
    recommendation = models.CharField(_("Empfehlung"), max_length=10,
                                      choices=Recommendation.choices, blank=True)
    recommendation_text = models.TextField(_("Empfehlung erläutert"), blank=True)
    outcome = models.CharField(_("Umsetzung der Empfehlung"), max_length=12,
                               choices=RecommendationOutcome.choices,
                               default=RecommendationOutcome.OPEN)
    outcome_reason = models.TextField(_("Begründung zur Umsetzung"), blank=True)
    outcome_recorded_at = models.DateTimeField(_("Umsetzung erfasst am"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["conference", "position"]
        verbose_name = _("Tagesordnungspunkt")
        verbose_name_plural = _("Tagesordnungspunkte")


class AgendaAction(CaseRecord):
    """An action agreed on an agenda item; it lives on as a Wiedervorlage of the case."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="actions")
    follow_up = models.OneToOneField("cases.FollowUp", on_delete=models.CASCADE, related_name="+")
