from django.db import models
from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.law.statute.asylum import GROUNDS

from .base import CaseRecord


class StatusKind(models.TextChoices):
    GESTATTUNG = "gestattung", _("Aufenthaltsgestattung")
    DULDUNG = "duldung", _("Duldung (§ 60a)")
    DULDUNG_60B = "duldung_60b", _("Duldung für Personen mit ungeklärter Identität (§ 60b)")
    DULDUNG_60C = "duldung_60c", _("Ausbildungsduldung (§ 60c)")
    DULDUNG_60D = "duldung_60d", _("Beschäftigungsduldung (§ 60d)")
    RESIDENCE_PERMIT = "residence_permit", _("Aufenthaltserlaubnis")
    SETTLEMENT_PERMIT = "settlement_permit", _("Niederlassungserlaubnis")
    FICTION_CERTIFICATE = "fiction_certificate", _("Fiktionsbescheinigung")
    NONE = "none", _("ohne Status")


DULDUNG_KINDS = frozenset(
    {StatusKind.DULDUNG, StatusKind.DULDUNG_60B, StatusKind.DULDUNG_60C, StatusKind.DULDUNG_60D}
)

# AZR code list "Art der Duldung" (Code.AZR.DuldungArt, version 6), the "erteilt" codes.
AZR_DULDUNG_REASONS: dict[str, str | Promise] = {
    "03": _("§ 60a Abs. 2a – gescheiterte Abschiebung"),
    "05": _("§ 60a Abs. 1 – Abschiebungsstopp des Landes"),
    "10": _("§ 60a Abs. 2 Satz 2 – Zeugin/Zeuge"),
    "12": _("§ 60a Abs. 2 Satz 3 – Ermessensduldung"),
    "14": _("§ 60a Abs. 2b – Eltern eines Minderjährigen mit § 25a"),
    "16": _("fehlende Reisedokumente"),
    "18": _("familiäre Bindungen"),
    "20": _("sonstige Gründe"),
    "22": _("medizinische Gründe"),
    "26": _("konkrete Maßnahmen zur Aufenthaltsbeendigung bevorstehend"),
    "28": _("Asylfolgeantrag"),
    "30": _("unbegleitete/r Minderjährige/r (§ 58 Abs. 1a)"),
    "32": _("fehlendes Einvernehmen (§ 72 Abs. 4)"),
    "34": _("Eilantrag (§ 123 VwGO)"),
    "36": _("Abschiebungshindernisse (§ 60 Abs. 1–5, 7)"),
    "42": _("Eilantrag (§ 80 Abs. 5 VwGO)"),
    "48": _("§ 456a StPO"),
    "58": _("Ausbildungsduldung (§ 60c Abs. 1)"),
    "61": _("§ 60c Abs. 7"),
    "64": _("Beschäftigungsduldung (§ 60d Abs. 1)"),
    "67": _("§ 60d Abs. 4"),
    "70": _("§ 60d Abs. 2 (Kinder)"),
    "73": _("§ 60d Abs. 4 (Ehegatte, Ermessen)"),
    "76": _("§ 60d Abs. 4 (Kinder, Ermessen)"),
    "79": _("§ 60b – ungeklärte Identität"),
    "82": _("§ 60d Abs. 1 (Ehegatte)"),
    "85": _("§ 60a Abs. 2 Satz 4 (Vaterschaftsprüfung § 85a)"),
    "88": _("§ 60c Abs. 6 Satz 1 (Suche nach Ausbildungsplatz)"),
    "89": _("§ 60c Abs. 6 Satz 2 (Arbeitsplatzsuche nach Ausbildung)"),
}


class StatusPeriod(CaseRecord):
    """One residence status held from `start` to `end` (None: still running)."""

    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="status_periods")
    kind = models.CharField(_("Art"), max_length=30, choices=StatusKind.choices)
    start = models.DateField(_("von"))
    end = models.DateField(_("bis"), null=True, blank=True, help_text=_("leer: läuft noch"))
    legal_basis = models.CharField(
        _("Rechtsgrundlage"), max_length=40, blank=True, help_text=_("z. B. § 25 Abs. 5 AufenthG")
    )
    azr_reason_code = models.CharField(
        _("AZR-Duldungsgrund"),
        max_length=2,
        blank=True,
        choices=sorted(
            (code, format_lazy("{} – {}", code, text)) for code, text in AZR_DULDUNG_REASONS.items()
        ),
    )
    note = models.CharField(_("Notiz"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["start"]
        indexes = [models.Index(fields=["person", "start"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="status_period_end_after_start",
            )
        ]

    @property
    def is_duldung(self) -> bool:
        return self.kind in DULDUNG_KINDS


class AsylumOutcome(models.TextChoices):
    PENDING = "pending", _("Verfahren läuft")
    RECOGNISED = "recognised", _("Anerkennung (Asyl/Flüchtling)")
    SUBSIDIARY = "subsidiary", _("subsidiärer Schutz")
    DEPORTATION_BAN = "deportation_ban", _("Abschiebungsverbot")
    REJECTED = "rejected", _("abgelehnt (einfach unbegründet)")
    MANIFESTLY_UNFOUNDED = (
        "rejected_manifestly_unfounded",
        _("abgelehnt als offensichtlich unbegründet"),
    )
    INADMISSIBLE = "inadmissible", _("unzulässig")
    WITHDRAWN = "withdrawn", _("zurückgenommen")


# The choice list comes from the law's declaration of the grounds (law/statute/asylum.py GROUNDS), so the
# form, the import check and the reading of the law cannot drift apart.
MANIFESTLY_UNFOUNDED_GROUNDS = [
    (ground.code, format_lazy("{} – {}", ground.code, _(ground.label))) for ground in GROUNDS
]


class AsylumProcedure(CaseRecord):
    person = models.OneToOneField("cases.Person", on_delete=models.CASCADE, related_name="asylum")
    application_date = models.DateField(_("Antrag gestellt am"), null=True, blank=True)
    decision_date = models.DateField(_("Entscheidung vom"), null=True, blank=True)
    outcome = models.CharField(_("Ergebnis"), max_length=40, choices=AsylumOutcome.choices, blank=True)
    # One or more codes of MANIFESTLY_UNFOUNDED_GROUNDS joined with ", " (the format
    # law/statute/asylum.py reads); checked by cases.validation.asylum_ground_problems.
    manifestly_unfounded_ground = models.CharField(
        _("Grund der Ablehnung als offensichtlich unbegründet"),
        max_length=300,
        blank=True,
    )
    final_date = models.DateField(_("bestandskräftig seit"), null=True, blank=True)
    withdrawal_date = models.DateField(_("zurückgenommen am"), null=True, blank=True)
    evidence = models.CharField(_("Nachweis"), max_length=200, blank=True)

    history = HistoricalRecords()
