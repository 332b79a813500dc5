"""The partner register: organisations the office works with, and their contact persons.

Used by the counselling referrals (counselling.Referral); the dialogue issue adds meetings and
agreed actions. Contacts are personal data of partners' staff: minimal (name, role, e-mail or
phone) and deletable.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

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


# --- Dialogue: meetings, agreed actions, concerns (issue 10) ---------------------------------

class MeetingFormat(models.TextChoices):
    ROUND_TABLE = "round_table", _("Runder Tisch")
    INTEGRATION_COUNCIL = "integration_council", _("Sitzung des Integrationsrats")
    BILATERAL = "bilateral", _("bilaterales Gespräch")
    OFFICE_EXCHANGE = "office_exchange", _("Austausch mit einer anderen Behörde")
    OTHER = "other", _("sonstiges")


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("geplant")
    HELD = "held", _("stattgefunden")


class MeetingSeries(CaseRecord):
    """A recurring format, e.g. the round table every three months."""

    title = models.CharField(_("Bezeichnung"), max_length=200)
    format = models.CharField(_("Format"), max_length=24, choices=MeetingFormat.choices)
    rhythm_months = models.PositiveSmallIntegerField(_("Rhythmus in Monaten"), default=3)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("Terminreihe")
        verbose_name_plural = _("Terminreihen")

    def __str__(self) -> str:
        return self.title


class Meeting(CaseRecord):
    series = models.ForeignKey(MeetingSeries, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="meetings", verbose_name=_("Terminreihe"))
    format = models.CharField(_("Format"), max_length=24, choices=MeetingFormat.choices)
    date = models.DateField(_("Datum"))
    title = models.CharField(_("Titel"), max_length=200)
    status = models.CharField(_("Stand"), max_length=8, choices=MeetingStatus.choices,
                              default=MeetingStatus.PLANNED)
    topics = models.TextField(_("Themen"), blank=True)
    minutes = models.TextField(_("Protokoll"), blank=True)
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="meetings",
                                           verbose_name=_("Partnerorganisationen"))
    contacts = models.ManyToManyField(Contact, blank=True, related_name="meetings",
                                      verbose_name=_("Ansprechpersonen"))
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+",
                                   verbose_name=_("Mitarbeitende"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("Treffen")
        verbose_name_plural = _("Treffen")

    def __str__(self) -> str:
        return f"{self.title} ({self.date:%d.%m.%Y})"


class ActionStatus(models.TextChoices):
    OPEN = "open", _("offen")
    IN_PROGRESS = "in_progress", _("in Arbeit")
    DONE = "done", _("erledigt")
    DROPPED = "dropped", _("verworfen")


OPEN_STATES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class AgreedAction(CaseRecord):
    """An action agreed in a meeting; owned by a staff user or by a partner."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField(_("Vereinbarung"))
    owner_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+",
                                   verbose_name=_("zuständig (Mitarbeitende)"))
    owner_organisation = models.ForeignKey(Organisation, on_delete=models.SET_NULL, null=True,
                                           blank=True, related_name="+",
                                           verbose_name=_("zuständig (Partnerorganisation)"))
    owner_contact = models.ForeignKey(Contact, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="+",
                                      verbose_name=_("zuständig (Ansprechperson)"))
    due = models.DateField(_("fällig am"), null=True, blank=True)
    status = models.CharField(_("Stand"), max_length=12, choices=ActionStatus.choices,
                              default=ActionStatus.OPEN)
    outcome = models.TextField(_("Ergebnis"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["due", "pk"]
        verbose_name = _("Vereinbarung")
        verbose_name_plural = _("Vereinbarungen")

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def owner_label(self) -> str:
        user, contact = self.owner_user, self.owner_contact
        if user is not None:
            return user.get_full_name() or user.get_username()
        if contact is not None:
            return f"{contact.name} ({self.owner_organisation})"
        return str(self.owner_organisation or "–")

    def is_overdue(self, today) -> bool:
        return bool(self.due and self.due < today and self.status in OPEN_STATES)


class Concern(CaseRecord):
    """What a partner told us in a meeting, linked to the practice it concerns."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="concerns")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE,
                                     related_name="concerns", verbose_name=_("vorgebracht von"))
    text = models.TextField(_("Hinweis"))
    guideline = models.ForeignKey("review.Guideline", on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="dialogue_concerns",
                                  verbose_name=_("Leitlinie"))
    constellation = models.ForeignKey("review.Constellation", on_delete=models.SET_NULL,
                                      null=True, blank=True, related_name="dialogue_concerns",
                                      verbose_name=_("Fallkonstellation"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Hinweis aus dem Dialog")
        verbose_name_plural = _("Hinweise aus dem Dialog")


# --- The shared catalogue between offices -------------------------------------------------

class EntryKind(models.TextChoices):
    GUIDELINE = "guideline", _("Leitlinie")
    CONSTELLATION = "constellation", _("Fallkonstellation")


class CatalogueEntry(models.Model):
    """A published definition, readable by every authority on the installation.

    Deliberately not AuthorityOwned and without an `authority` field, so no RLS policy hides
    it; the publisher is kept as `origin_authority`. Only the definition is stored: no
    persons, no staff names, no counts (decision 0016).
    """

    origin_authority = models.ForeignKey("accounts.Authority", on_delete=models.CASCADE,
                                         related_name="+", verbose_name=_("Herkunft"))
    kind = models.CharField(_("Art"), max_length=16, choices=EntryKind.choices)
    # The guideline number or the constellation name: versions of one item share the key.
    key = models.CharField(_("Kennung"), max_length=200)
    version = models.PositiveIntegerField(_("Fassung im Katalog"))
    source_version = models.PositiveIntegerField(_("Fassung bei der Herkunft"), default=0)
    title = models.CharField(_("Titel"), max_length=200)
    text = models.TextField(_("Text"), blank=True)
    note = models.TextField(_("Merke"), blank=True)
    pathway_ids = models.JSONField(_("Rechtsgrundlagen"), default=list)
    conditions = models.JSONField(_("Bedingungen"), default=list)
    published_at = models.DateTimeField(_("veröffentlicht am"), auto_now_add=True)

    class Meta:
        ordering = ["kind", "key", "-version"]
        verbose_name = _("Katalogeintrag")
        verbose_name_plural = _("Katalogeinträge")
        constraints = [models.UniqueConstraint(
            fields=["origin_authority", "kind", "key", "version"], name="catalogue_unique_version")]

    def __str__(self) -> str:
        return f"{self.title} ({self.version})"
