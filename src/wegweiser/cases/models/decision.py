"""Applications (Anträge), the office's decisions on them, and four-eyes approvals.

The decision keeps a frozen snapshot of what the law engine said for the person and the pathway on
the decision date (`snapshot_*`), so that practice can later be compared with what the law allowed.
Changed only through cases.decisions (validation, locking, history, audit).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.accounts.scoping import AuthorityOwned

from .base import CaseRecord


class ApplicationSubject(models.TextChoices):
    RESIDENCE_PERMIT = "residence_permit", _("Aufenthaltserlaubnis")
    DULDUNG = "duldung", _("Duldung/Verlängerung")
    EMPLOYMENT = "employment", _("Beschäftigungserlaubnis")
    OTHER = "other", _("Sonstiges")


class ApplicationChannel(models.TextChoices):
    IN_PERSON = "in_person", _("persönlich")
    POST = "post", _("Post")
    ONLINE = "online", _("online")
    COUNSELLING = "counselling", _("über die Beratungsstelle")


class ApplicationStatus(models.TextChoices):
    OPEN = "open", _("offen")
    DECIDED = "decided", _("entschieden")
    WITHDRAWN = "withdrawn", _("zurückgenommen")
    LAPSED = "lapsed", _("erledigt ohne Entscheidung")


class Application(CaseRecord):
    """An Antrag: what a person applied for, when and how."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="applications")
    received_on = models.DateField(_("Eingang am"))
    subject = models.CharField(_("Gegenstand"), max_length=20, choices=ApplicationSubject.choices)
    # A law.statute.pathways id (e.g. "p25b") for a residence permit; blank otherwise.
    pathway_id = models.CharField(_("Rechtsgrundlage"), max_length=16, blank=True)
    channel = models.CharField(_("Eingangsweg"), max_length=12, choices=ApplicationChannel.choices)
    status = models.CharField(_("Stand"), max_length=10, choices=ApplicationStatus.choices,
                              default=ApplicationStatus.OPEN)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="+", verbose_name=_("zuständig"))
    note = models.TextField(_("Notiz"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("Antrag")
        verbose_name_plural = _("Anträge")
        indexes = [
            models.Index(fields=["authority", "status", "received_on"]),
            # The dashboard's applications per period (reporting.kpis.integration); the included
            # columns let PostgreSQL answer from the index alone (SQLite ignores `include`).
            models.Index(fields=["authority", "subject", "received_on"],
                         include=["pathway_id", "person"], name="cases_appl_subject_recv_idx"),
        ]


class Outcome(models.TextChoices):
    GRANTED = "granted", _("erteilt")
    REFUSED = "refused", _("abgelehnt")
    PARTLY = "partly", _("teilweise erteilt")
    DULDUNG_INSTEAD = "duldung", _("Duldung statt Aufenthaltserlaubnis")
    WITHDRAWN = "withdrawn", _("vor Entscheidung zurückgenommen")


class DecisionType(models.TextChoices):
    BOUND = "bound", _("gebundene Entscheidung (Anspruch)")
    SHOULD = "should", _("Soll-Entscheidung")
    DISCRETION = "discretion", _("Ermessensentscheidung")


class Discretion(models.TextChoices):
    IN_FAVOUR = "in_favour", _("zugunsten ausgeübt")
    AGAINST = "against", _("zulasten ausgeübt")
    NOT_EXERCISED = "not_exercised", _("nicht ausgeübt")


class DepartureKind(models.TextChoices):
    """Recognised reasons to depart from an applied guideline (Selbstbindung, Art. 3 Abs. 1 GG)."""

    ATYPICAL = "atypical", _("atypischer Fall")
    NEW_FACTS = "new_facts", _("neue Tatsachen")
    CHANGED_LAW = "changed_law", _("geänderte Rechtslage")
    UNLAWFUL_PRACTICE = "unlawful", _("bisherige Praxis rechtswidrig")
    UNSUITABLE = "unsuitable", _("Praxis hat sich als ungeeignet erwiesen")


class Decision(CaseRecord):
    """The office's decision (Entscheidung) on one application."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE,
                                       related_name="decision", verbose_name=_("Antrag"))
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="decisions")
    decided_on = models.DateField(_("Entscheidung am"))
    # A copy of the application's received_on (kept in step by cases.decisions.save_application):
    # the decision-practice figures need the days from application to decision without a join.
    received_on = models.DateField(_("Eingang am"), null=True, blank=True, editable=False)
    outcome = models.CharField(_("Ergebnis"), max_length=10, choices=Outcome.choices)
    pathway_id = models.CharField(_("Rechtsgrundlage"), max_length=16, blank=True)
    decision_type = models.CharField(_("Art der Entscheidung"), max_length=10,
                                     choices=DecisionType.choices, blank=True)
    discretion = models.CharField(_("Ermessen"), max_length=14, choices=Discretion.choices,
                                  blank=True)
    # Reason codes of cases.decision_reasons (per norm), e.g. ["identity", "livelihood"].
    reasons = models.JSONField(_("Hauptgründe"), default=list, blank=True)
    reason_text = models.TextField(_("Begründung (Freitext)"), blank=True)
    guideline_version = models.ForeignKey(
        "review.GuidelineVersion", on_delete=models.PROTECT, null=True, blank=True,
        related_name="decisions", verbose_name=_("angewandte Leitlinie"))
    # None: no guideline applies; True: decided as the guideline says; False: departed from it.
    follows_guideline = models.BooleanField(_("folgt der Leitlinie"), null=True, blank=True)
    departure_kind = models.CharField(_("Grund der Abweichung"), max_length=12,
                                      choices=DepartureKind.choices, blank=True)
    departure_text = models.TextField(_("Abweichung begründet"), blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("entschieden von"))
    # The team that decided (accounts.Team, by the authority's own definition) - frozen.
    team = models.ForeignKey("accounts.Team", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name=_("Team"))
    # Frozen screening verdict for this person and pathway on the decision date.
    snapshot_verdict = models.CharField(_("Prüfergebnis am Entscheidungstag"), max_length=16,
                                        blank=True)
    snapshot = models.JSONField(_("Prüfung am Entscheidungstag"), default=dict, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-decided_on", "-pk"]
        verbose_name = _("Entscheidung")
        verbose_name_plural = _("Entscheidungen")
        indexes = [
            models.Index(fields=["authority", "pathway_id", "decided_on"]),
            models.Index(fields=["authority", "decided_on"]),
            models.Index(fields=["person", "decided_on"]),
            # The dashboard's grants per period (reporting.kpis.integration): PostgreSQL reads
            # them from the index alone (SQLite ignores `include`).
            models.Index(fields=["authority", "outcome", "decided_on"],
                         include=["pathway_id", "person", "application"],
                         name="cases_dec_outcome_date_idx"),
        ]

    def save(self, *args, **kwargs):
        # Whatever path creates the decision, it carries its application's received date.
        if self.received_on is None and self.application_id is not None:
            self.received_on = self.application.received_on
        super().save(*args, **kwargs)


class ApprovalKind(models.TextChoices):
    REFUSAL = "refusal", _("Ablehnung")
    P23A_REFERRAL = "p23a", _("Entscheidung nach § 23a AufenthG")
    CLOSING = "closing", _("Abschluss der Akte")
    REMOVAL_DESPITE_PETITION = "removal", _("Abschiebung trotz laufendem Härtefallverfahren")
    # Switched on per authority (ApprovalSettings); the ones above are always on.
    DISCRETION_GRANT = "discretion", _("Erteilung nach Ermessen")
    GUIDELINE_DEPARTURE = "departure", _("Abweichung von einer Leitlinie")


class ApprovalState(models.TextChoices):
    REQUESTED = "requested", _("zur Freigabe vorgelegt")
    APPROVED = "approved", _("freigegeben")
    RETURNED = "returned", _("zurückgegeben")


class ApprovalRequest(CaseRecord):
    """Four-eyes approval (Zeichnungsregelung): a second person with the right role co-signs."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="approvals")
    kind = models.CharField(_("Vorgang"), max_length=10, choices=ApprovalKind.choices)
    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, null=True, blank=True,
                                 related_name="approvals")
    state = models.CharField(_("Stand"), max_length=10, choices=ApprovalState.choices,
                             default=ApprovalState.REQUESTED)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                     related_name="+", verbose_name=_("vorgelegt von"))
    requested_at = models.DateTimeField(_("vorgelegt am"), auto_now_add=True)
    note = models.TextField(_("Anmerkung"), blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True,
                                    blank=True, related_name="+", verbose_name=_("beschieden von"))
    answered_at = models.DateTimeField(_("beschieden am"), null=True, blank=True)
    comment = models.TextField(_("Kommentar"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("Freigabe")
        verbose_name_plural = _("Freigaben")
        indexes = [models.Index(fields=["authority", "state"])]


class ApprovalSettings(AuthorityOwned):
    """Which further acts of an authority need four-eyes approval (cases.approval_settings).

    Refusals (also a Duldung instead of the permit), § 23a decisions and closing a file always
    need it and have no switch here. One row per authority; no row means nothing further.
    Changed only through cases.approval_settings.save_settings (locking, audit).
    """

    discretion_grant = models.BooleanField(
        _("Erteilung nach Ermessen (auch teilweise)"), default=False)
    guideline_departure = models.BooleanField(
        _("Entscheidung, die von einer Leitlinie abweicht"), default=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("geändert von"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Einstellungen der Freigaben")
        verbose_name_plural = _("Einstellungen der Freigaben")
        constraints = [models.UniqueConstraint(fields=["authority"],
                                               name="approvalsettings_one_per_authority")]

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
