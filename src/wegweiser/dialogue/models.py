"""The partner register: organisations the office works with, and their contact persons.

Used by the counselling referrals (counselling.Referral); the dialogue issue adds meetings and
agreed actions. Contacts are personal data of partners' staff: minimal (name, role, e-mail or
phone) and deletable.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models.base import CaseRecord


class OrganisationKind(models.TextChoices):
    INTEGRATION_COUNCIL = "integration_council", _("Integrationsrat / Integrationsausschuss")
    WELFARE = "welfare", _("Wohlfahrtsverband")
    MIGRANT_ORGANISATION = "migrant_organisation", _("Migrantenorganisation")
    IMMIGRATION_OFFICE = "immigration_office", _("andere Ausländerbehörde")
    JOBCENTER = "jobcenter", _("Jobcenter / Agentur für Arbeit")
    EDUCATION = "education", _("Schule / Bildung")
    COUNSELLING = "counselling", _("Beratungsdienst")
    LAWYER = "lawyer", _("Rechtsanwältin / Rechtsanwalt")
    CHURCH_VOLUNTEERS = "church_volunteers", _("Kirche / Ehrenamtsgruppe")
    OTHER = "other", _("sonstige")


class Organisation(CaseRecord):
    kind = models.CharField(_("Art"), max_length=24, choices=OrganisationKind.choices)
    name = models.CharField(_("Name"), max_length=200)
    topics = models.CharField(_("Themen"), max_length=500, blank=True,
                              help_text=_("durch Komma getrennt, z. B. Arbeit, Wohnen, Familie"))
    languages = models.CharField(_("Angebotene Sprachen"), max_length=300, blank=True,
                                 help_text=_("durch Komma getrennt, z. B. Arabisch, Farsi"))
    address = models.TextField(_("Anschrift"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=60, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    website = models.URLField(_("Internetseite"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("Partnerorganisation")
        verbose_name_plural = _("Partnerorganisationen")

    def __str__(self) -> str:
        return self.name

    @property
    def topic_list(self) -> list[str]:
        return split_list(self.topics)

    @property
    def language_list(self) -> list[str]:
        return split_list(self.languages)


class Contact(CaseRecord):
    """A contact person at a partner: only what is needed to reach them."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("Name"), max_length=200)
    role = models.CharField(_("Funktion"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=60, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")

    def __str__(self) -> str:
        return self.name


def split_list(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]
