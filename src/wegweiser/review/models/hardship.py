from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.models.base import CaseRecord


class CommissionOutcome(models.TextChoices):
    PENDING = "pending", _("offen")
    NOT_ADMITTED = "not_admitted", _("nicht angenommen")
    ERSUCHEN = "ersuchen", _("Härtefallersuchen")
    NO_ERSUCHEN = "no_ersuchen", _("kein Härtefallersuchen")
    RECOMMENDATION = "recommendation", _("Empfehlung ohne Ersuchen")
    SETTLED = "settled", _("anderweitig erledigt")


class HardshipPetition(CaseRecord):
    """A petition to the state hardship commission (§ 23a AufenthG, NRW: HFKVO)."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE,
                               related_name="hardship_petitions")
    received_by_commission_on = models.DateField(_("bei der Kommission eingegangen am"))
    filed_by = models.CharField(_("eingereicht von"), max_length=200, blank=True)
    office_informed_on = models.DateField(_("Behörde unterrichtet am"), null=True, blank=True)
    statement_due_on = models.DateField(_("Stellungnahme fällig am"), null=True, blank=True)
    statement_sent_on = models.DateField(_("Stellungnahme abgegeben am"), null=True, blank=True)
    statement = models.TextField(_("Stellungnahme der Behörde"), blank=True)
    # Removal is suspended while the commission deals with the case (office practice, see docs).
    removal_suspended = models.BooleanField(_("Abschiebung ausgesetzt"), default=True)
    commission_outcome = models.CharField(_("Ergebnis der Kommission"), max_length=16,
                                          choices=CommissionOutcome.choices,
                                          default=CommissionOutcome.PENDING)
    commission_decided_on = models.DateField(_("Kommission entschieden am"), null=True, blank=True)
    ministry_order_on = models.DateField(_("Anordnung des Ministeriums am"), null=True, blank=True)
    decision = models.ForeignKey("cases.Decision", on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="+",
                                 verbose_name=_("Entscheidung der Behörde"))
    # The Wiedervorlage for the statement's due date (kept in step by review.hardship).
    statement_follow_up = models.ForeignKey(
        "cases.FollowUp", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("Wiedervorlage zur Stellungnahme"))
    # The latest request to remove the person while the petition is pending (four eyes).
    removal_request = models.ForeignKey(
        "cases.ApprovalRequest", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("Abschiebung trotz laufendem Verfahren"))
    note = models.TextField(_("Notiz"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-received_by_commission_on", "-pk"]
        verbose_name = _("Härtefallverfahren (§ 23a)")
        verbose_name_plural = _("Härtefallverfahren (§ 23a)")
