from datetime import date

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.names import search_keys

from .base import CaseRecord, tri_state
from .status import StatusKind


class DatePrecision(models.TextChoices):
    DAY = "day", _("Tag bekannt")
    MONTH = "month", _("nur Monat und Jahr")
    YEAR = "year", _("nur Jahr")


class Sex(models.TextChoices):
    FEMALE = "f", _("weiblich")
    MALE = "m", _("männlich")
    DIVERSE = "d", _("divers")
    UNKNOWN = "x", _("ohne Angabe")


class Person(CaseRecord):
    """The case file of one person (Fallakte)."""

    file_number = models.CharField(_("Aktenzeichen"), max_length=40)
    azr_number = models.CharField(_("AZR-Nummer"), max_length=20, blank=True)
    family_name = models.CharField(_("Familienname"), max_length=120)
    given_names = models.CharField(_("Vornamen"), max_length=120, blank=True)
    name_variants = models.TextField(
        _("Schreibvarianten und Aliasnamen"),
        blank=True,
        help_text=_("Eine Variante pro Zeile, z. B. andere Transliteration oder Aliasname."),
    )
    search_keys = models.TextField(editable=False, blank=True, db_index=False)
    birth_date = models.DateField(_("Geburtsdatum"), null=True, blank=True)
    birth_date_precision = models.CharField(
        _("Genauigkeit des Geburtsdatums"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    sex = models.CharField(_("Geschlecht"), max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    nationality = models.CharField(
        _("Staatsangehörigkeit"),
        max_length=3,
        help_text=_("ISO-3166-Alpha-3, XXA = staatenlos, XXX = ungeklärt"),
    )
    entry_date = models.DateField(_("Einreisedatum"), null=True, blank=True)
    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("Wohnort"),
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_persons",
        verbose_name=_("Zuständige Sachbearbeitung"),
    )
    # Person-level facts; None means unknown.
    identity_clarified = tri_state(_("Identität geklärt"))
    identity_clarified_since = models.DateField(_("Identität geklärt seit"), null=True, blank=True)
    passport_held = tri_state(_("Pass vorhanden"))
    entry_ban_in_force = tri_state(_("Einreise- und Aufenthaltsverbot (§ 11) besteht"))
    fdgo_declaration = tri_state(_("Bekenntnis zur freiheitlichen demokratischen Grundordnung"))
    deception_finding = tri_state(_("Täuschung über Identität/Staatsangehörigkeit festgestellt"))
    obstruction_finding = tri_state(_("Verhinderung der Abschiebung festgestellt"))
    criminal_record_known = models.BooleanField(
        _("Strafregister ausgewertet"),
        default=False,
        help_text=_("Erst wenn ausgewertet, bedeutet „keine Verurteilung“ wirklich keine."),
    )
    facts_note = models.TextField(_("Notiz zu den Angaben"), blank=True)
    # Closing a file needs four-eyes approval (cases.decisions); set only when approved.
    closed_on = models.DateField(_("Akte abgeschlossen am"), null=True, blank=True)
    closing_reason = models.CharField(_("Grund des Abschlusses"), max_length=300, blank=True)
    # Derived on every change of the status periods (see cases.derived), for list filters.
    current_status_kind = models.CharField(
        _("Aktueller Status"), max_length=30, blank=True, editable=False, choices=StatusKind.choices
    )
    duldung_chain_since = models.DateField(null=True, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["search_keys", "updated_at"])

    class Meta:
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")
        ordering = ["family_name", "given_names"]
        constraints = [
            models.UniqueConstraint(fields=["authority", "file_number"], name="person_unique_file_number")
        ]
        indexes = [
            models.Index(fields=["authority", "family_name", "given_names"]),
            models.Index(fields=["authority", "duldung_chain_since"]),
            models.Index(fields=["authority", "nationality"]),
        ]

    def __str__(self) -> str:
        return f"{self.family_name}, {self.given_names} ({self.file_number})"

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()

    def variants(self) -> list[str]:
        return [v.strip() for v in self.name_variants.splitlines() if v.strip()]

    def refresh_search_keys(self) -> None:
        self.search_keys = search_keys([self.family_name, self.given_names, *self.variants()])

    def save(self, *args, **kwargs):
        self.refresh_search_keys()
        super().save(*args, **kwargs)

    def minor_children_on(self, day: date) -> list["Person"]:
        """Children (by family link) who are under 18 on `day` (unknown birth dates excluded)."""
        from wegweiser.cases.family import minor_children_on

        return minor_children_on(self, day)


class FamilyRelation(models.TextChoices):
    SPOUSE = "spouse", _("Ehe-/Lebenspartner/in")
    PARENT = "parent", _("Elternteil von")


class FamilyLink(CaseRecord):
    """A directed family link: `person` is spouse of / parent of `relative`."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="family_links")
    relative = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    relation = models.CharField(_("Beziehung"), max_length=10, choices=FamilyRelation.choices)
    living_in_household = models.BooleanField(_("lebt im Haushalt"), default=True)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "relative", "relation"], name="family_link_unique")
        ]
