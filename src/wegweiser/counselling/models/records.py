"""Counselling records: confidential to the counsellors of the desk.

The desk is separate from the decision-making casework (decision 0013). A person is known to
the desk under a pseudonym the counsellor chooses (or not at all: an anonymous session); the case
file is linked only by a consent that names the casework as recipient, the purpose and the data
categories (DSGVO Art. 6 Abs. 1 lit. a, Art. 7). Caseworkers see exactly those categories, and
nothing more once the consent is revoked.

No django-simple-history copies: a history table would keep content beyond a revocation;
changes are in the audit log without content.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models.base import CaseRecord

from .desk import Desk

# Defaults every authority starts with; the list is the authority's to change (RecordTopic).
DEFAULT_TOPICS = [
    ("pathways", _("Wege zum Bleiberecht")),
    ("residence", _("Aufenthaltsrecht allgemein")),
    ("documents", _("Dokumente und Behörden")),
    ("language", _("Deutsch und Sprachkurse")),
    ("work", _("Arbeit und Ausbildung")),
    ("family", _("Familie")),
    ("health", _("Gesundheit")),
    ("housing", _("Wohnen")),
    ("benefits", _("Leistungen und Geld")),
]


class RecordTopic(CaseRecord):
    """A topic of counselling sessions, from the authority's configurable list."""

    key = models.SlugField(_("Schlüssel"), max_length=40)
    name = models.CharField(_("Bezeichnung"), max_length=200)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    active = models.BooleanField(_("auswählbar"), default=True)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("Thema der Beratung")
        verbose_name_plural = _("Themen der Beratung")
        constraints = [models.UniqueConstraint(fields=["authority", "key"],
                                               name="record_topic_key_once")]

    def __str__(self) -> str:
        return self.name


class Client(CaseRecord):
    """A person counselled more than once, known to the desk by a pseudonym."""

    pseudonym = models.CharField(_("Pseudonym"), max_length=100,
                                 help_text=_("Von der Beratung gewählt, z. B. „Frau A. aus Hilden“."))
    language = models.CharField(_("Sprache der Beratung"), max_length=60, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pseudonym", "pk"]
        verbose_name = _("Ratsuchende Person")
        verbose_name_plural = _("Ratsuchende")

    def __str__(self) -> str:
        return self.pseudonym


class SessionChannel(models.TextChoices):
    IN_PERSON = "in_person", _("persönlich")
    PHONE = "phone", _("Telefon")
    VIDEO = "video", _("Video")
    WRITTEN = "written", _("schriftlich / E-Mail")


class InterpreterMode(models.TextChoices):
    NONE = "", _("ohne Dolmetschen")
    IN_PERSON = "in_person", _("vor Ort")
    PHONE = "phone", _("per Telefon")
    VIDEO = "video", _("per Video")


class InterpreterPaidBy(models.TextChoices):
    NONE = "", _("keine Angabe")
    AUTHORITY = "authority", _("Behörde")
    PERSON = "person", _("ratsuchende Person")
    PARTNER = "partner", _("Partnerorganisation")
    VOLUNTEER = "volunteer", _("ehrenamtlich, unentgeltlich")


class Session(CaseRecord):
    """One counselling session; without a client it is anonymous."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, null=True, blank=True,
                               related_name="sessions", verbose_name=_("Ratsuchende Person"))
    desk = models.ForeignKey(Desk, on_delete=models.PROTECT, related_name="sessions",
                             verbose_name=_("Beratungsstelle"))
    held_on = models.DateField(_("Datum"))
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                   related_name="counselling_sessions",
                                   verbose_name=_("Beraterin / Berater"))
    channel = models.CharField(_("Form"), max_length=10, choices=SessionChannel.choices,
                               default=SessionChannel.IN_PERSON)
    relatives = models.CharField(_("Mitberatene Angehörige"), max_length=300, blank=True,
                                 help_text=_("z. B. Ehemann, zwei Kinder – ohne Namen"))
    language = models.CharField(_("Sprache der Beratung"), max_length=60, blank=True)
    interpreter_mode = models.CharField(_("Dolmetschen"), max_length=10, blank=True,
                                        choices=InterpreterMode.choices, default=InterpreterMode.NONE)
    interpreter_language = models.CharField(_("Sprache des Dolmetschens"), max_length=60,
                                            blank=True)
    interpreter_provider = models.CharField(_("Gedolmetscht von"), max_length=200, blank=True,
                                            help_text=_("Dienst oder Organisation"))
    interpreter_paid_by = models.CharField(_("Dolmetschen bezahlt von"), max_length=10, blank=True,
                                           choices=InterpreterPaidBy.choices,
                                           default=InterpreterPaidBy.NONE)
    topics = models.ManyToManyField(RecordTopic, related_name="sessions", verbose_name=_("Themen"))
    outcome = models.TextField(_("Ergebnis"), blank=True)
    next_steps = models.TextField(_("Nächste Schritte"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("Beratung")
        verbose_name_plural = _("Beratungen")
        indexes = [models.Index(fields=["counsellor", "held_on"], name="session_counsellor_day")]

    @property
    def label(self) -> str:
        return self.client.pseudonym if self.client is not None else str(_("anonym"))


class Referral(CaseRecord):
    """A referral to a partner organisation (dialogue.Organisation)."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="referrals")
    organisation = models.ForeignKey("dialogue.Organisation", on_delete=models.PROTECT,
                                     related_name="referrals", verbose_name=_("Partnerorganisation"))
    referred_on = models.DateField(_("Datum"))
    purpose = models.CharField(_("Anlass"), max_length=300)
    outcome = models.CharField(_("Ergebnis"), max_length=300, blank=True)

    class Meta:
        ordering = ["referred_on", "pk"]
        verbose_name = _("Weitervermittlung")
        verbose_name_plural = _("Weitervermittlungen")


class RecordFollowUp(CaseRecord):
    """A follow-up of a session, confidential to the desk. With a consent that shares
    follow-ups with the casework, a Wiedervorlage in the case file mirrors it."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="follow_ups")
    due_date = models.DateField(_("fällig am"))
    reason = models.CharField(_("Anlass"), max_length=300)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                 related_name="+", verbose_name=_("zuständig"))
    done = models.BooleanField(_("erledigt"), default=False)
    done_at = models.DateTimeField(_("erledigt am"), null=True, blank=True)
    case_follow_up = models.OneToOneField("cases.FollowUp", on_delete=models.SET_NULL, null=True,
                                          blank=True, related_name="counselling_origin")

    class Meta:
        ordering = ["done", "due_date", "pk"]
        verbose_name = _("Wiedervorlage der Beratung")
        verbose_name_plural = _("Wiedervorlagen der Beratung")


class Analysis(CaseRecord):
    """Potenzialanalyse of the case management: situation and potential, in the counsellor's
    words. Never shared with the casework."""

    client = models.OneToOneField(Client, on_delete=models.CASCADE, related_name="analysis")
    prepared_on = models.DateField(_("erstellt am"))
    situation = models.TextField(_("Lebenssituation"),
                                 help_text=_("Aufenthalt, Familie, Wohnen, Gesundheit, Finanzen"))
    potential = models.TextField(_("Potenziale und Ressourcen"),
                                 help_text=_("Sprache, Bildung, Berufserfahrung, Netzwerk, Ziele"))

    class Meta:
        verbose_name = _("Potenzialanalyse")


class PlanStatus(models.TextChoices):
    OPEN = "open", _("offen")
    ACHIEVED = "achieved", _("erreicht")
    DROPPED = "dropped", _("aufgegeben")


class Goal(CaseRecord):
    """A goal of the Förderplan, agreed with the person."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="goals")
    text = models.CharField(_("Ziel"), max_length=300)
    status = models.CharField(_("Stand"), max_length=10, choices=PlanStatus.choices,
                              default=PlanStatus.OPEN)
    created_on = models.DateField(_("vereinbart am"))

    class Meta:
        ordering = ["created_on", "pk"]
        verbose_name = _("Ziel")
        verbose_name_plural = _("Ziele")


class MeasureStatus(models.TextChoices):
    OPEN = "open", _("offen")
    DONE = "done", _("erledigt")
    DROPPED = "dropped", _("entfallen")


class Measure(CaseRecord):
    """A measure towards a goal: who does what by when (both sides are responsible)."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="measures")
    text = models.CharField(_("Maßnahme"), max_length=300)
    responsible = models.CharField(_("Wer"), max_length=200,
                                   help_text=_("z. B. ratsuchende Person, Beratung, Partner"))
    due_date = models.DateField(_("Frist"))
    status = models.CharField(_("Stand"), max_length=10, choices=MeasureStatus.choices,
                              default=MeasureStatus.OPEN)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("Maßnahme")
        verbose_name_plural = _("Maßnahmen")


class DataCategory(models.TextChoices):
    """What a consent may release; the Potenzialanalyse is never among them (decision 0013)."""

    FACT = "fact", _("Tatsache, Datum und Stelle der Beratungen")
    TOPICS = "topics", _("Themen der Beratungen")
    OUTCOME = "outcome", _("Ergebnis und nächste Schritte")
    REFERRALS = "referrals", _("Weitervermittlungen (Organisation, Datum, Anlass, Ergebnis)")
    PLAN = "plan", _("Förderplan (Ziele, Maßnahmen, Fristen, Stand)")
    FOLLOW_UPS = "follow_ups", _("Wiedervorlagen (Datum, Anlass)")


class Recipient(models.TextChoices):
    CASEWORK = "casework", _("Sachbearbeitung der Ausländerbehörde (Fallakte)")
    PARTNER = "partner", _("Partnerorganisation")
    OTHER = "other", _("andere Stelle")


class Consent(CaseRecord):
    """A consent for one purpose and one recipient, naming the data categories."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="consents")
    purpose = models.TextField(_("Zweck"), help_text=_(
        "Wofür die Daten verwendet werden, konkret, z. B. „Prüfung des Antrags nach § 25b "
        "AufenthG“."))
    recipient = models.CharField(_("Empfänger"), max_length=10, choices=Recipient.choices)
    # The case file the casework may see this in: linked only by this consent.
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="counselling_consents", verbose_name=_("Fallakte"))
    partner = models.ForeignKey("dialogue.Organisation", on_delete=models.PROTECT, null=True,
                                blank=True, related_name="+", verbose_name=_("Partnerorganisation"))
    recipient_other = models.CharField(_("Andere Stelle"), max_length=200, blank=True)
    categories = models.JSONField(_("Daten"), default=list, blank=True)
    given_on = models.DateField(_("erteilt am"))
    explained_in = models.CharField(_("erklärt in der Sprache"), max_length=60)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+")
    revoked_on = models.DateField(_("widerrufen am"), null=True, blank=True)
    revocation_recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                               null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-given_on", "-pk"]
        verbose_name = _("Einwilligung")
        verbose_name_plural = _("Einwilligungen")

    @property
    def active(self) -> bool:
        return self.revoked_on is None

    def covers(self, category: str) -> bool:
        return self.active and category in self.categories

    def category_labels(self) -> list[str]:
        return [str(DataCategory(c).label) for c in self.categories if c in DataCategory.values]

    def recipient_label(self) -> str:
        if self.recipient == Recipient.PARTNER and self.partner_id:
            return str(self.partner)
        if self.recipient == Recipient.OTHER:
            return self.recipient_other
        return str(self.get_recipient_display())
