"""Screening runs (one evaluation of every person of an authority) and their stored verdicts."""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.accounts.scoping import AuthorityOwned
from wegweiser.law.statute.parameters import DEFAULT_POLICY


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
    # The policy settings the run evaluated with (screening.policy.snapshot): reproducible.
    policy = models.JSONField(_("Einstellungen der Prüfung"), default=dict, blank=True)

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
    # Why this result: the deciding criteria (comma-separated ids, law/engine/verdict.py); for
    # "unknown" the least the person can expect; for § 25 Abs. 5 the day "kann" becomes "soll".
    deciding = models.CharField(_("entscheidende Kriterien"), max_length=500, blank=True)
    floor = models.CharField(_("mindestens"), max_length=16, blank=True)
    upgrade_on = models.DateField(_("Soll ab"), null=True, blank=True)
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


class MixedFinesRule(models.TextChoices):
    STRICT = "strict", _("streng: 90 Tagessätze nur, wenn alle Strafen ausländerspezifisch sind")
    COMBINED = "combined", _("zusammengerechnet: allgemeine bis 50, insgesamt bis 90 Tagessätze")


class PolicySettings(AuthorityOwned):
    """The authority's answers to the points the legal spec leaves open ([?]).

    One row per authority; no row means the conservative defaults (law.statute.parameters.Policy).
    Changed only through screening.policy.save_policy (validation, locking, audit log).
    """

    p60d_new_version_from = models.DateField(
        _("§ 60d n.F. gilt ab"), default=DEFAULT_POLICY.p60d_new_version_from)
    p104c_pending_applications_grantable = models.BooleanField(
        _("Offene Anträge nach § 104c a.F. noch erteilbar"),
        default=DEFAULT_POLICY.p104c_pending_applications_grantable)
    gap_tolerance_months = models.PositiveSmallIntegerField(
        _("Unschädliche Unterbrechung des Aufenthalts (Monate)"),
        default=DEFAULT_POLICY.gap_tolerance_months)
    employment_gap_tolerance_months = models.PositiveSmallIntegerField(
        _("Unschädliche Unterbrechung der Beschäftigung (Monate)"),
        default=DEFAULT_POLICY.employment_gap_tolerance_months)
    mixed_fines_rule = models.CharField(
        _("Gemischte Geldstrafen (50/90 Tagessätze)"), max_length=8,
        choices=MixedFinesRule.choices, default=DEFAULT_POLICY.mixed_fines_rule)
    livelihood_mostly_share = models.DecimalField(
        _("„Überwiegend“ gesicherter Lebensunterhalt: Anteil mehr als"), max_digits=3,
        decimal_places=2, default=Decimal(str(DEFAULT_POLICY.livelihood_mostly_share)))
    geas_applicable_from = models.DateField(
        _("GEAS-Reform anwendbar ab"), default=DEFAULT_POLICY.geas_applicable_from)
    fdgo_minors_exempt_in_25b = models.BooleanField(
        _("Kein Bekenntnis zur fdGO unter 16 Jahren auch bei § 25b"),
        default=DEFAULT_POLICY.fdgo_minors_exempt_in_25b)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("geändert von"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Einstellungen der Prüfung")
        verbose_name_plural = _("Einstellungen der Prüfung")
        constraints = [models.UniqueConstraint(fields=["authority"],
                                               name="policysettings_one_per_authority")]

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
