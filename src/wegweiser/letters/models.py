"""Letter templates (versioned wording per authority), postal addresses, mail runs and letters.

A template is changed only by adding a version; a letter keeps the version it was written with
and the exact text it showed, so the archive stays readable whatever the office changes later.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.scoping import AuthorityOwned
from wegweiser.cases.models.base import CaseRecord


class TemplateKind(models.TextChoices):
    INVITATION = "invitation", _("Information und Einladung")
    # Prepared for later issues: the same mechanism words decisions and hearings.
    DECISION = "decision", _("Bescheid")
    HEARING = "hearing", _("Anhörung")


class LetterTemplate(CaseRecord):
    kind = models.CharField(_("Art"), max_length=12, choices=TemplateKind.choices,
                            default=TemplateKind.INVITATION)
    name = models.CharField(_("Bezeichnung"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("Briefvorlage")
        verbose_name_plural = _("Briefvorlagen")
        constraints = [models.UniqueConstraint(fields=["authority", "name"],
                                               name="letter_template_name_once")]

    def __str__(self) -> str:
        return self.name

    @property
    def current(self) -> "TemplateVersion | None":
        return self.versions.order_by("-number").first()


class TemplateVersion(AuthorityOwned):
    """One wording of a template; never changed, a change adds the next number."""

    template = models.ForeignKey(LetterTemplate, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("Fassung"))
    subject = models.CharField(_("Betreff"), max_length=300)
    body = models.TextField(_("Text"))
    annex_note = models.TextField(_("Hinweis zur Anlage"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["template", "-number"]
        verbose_name = _("Fassung einer Briefvorlage")
        verbose_name_plural = _("Fassungen von Briefvorlagen")
        constraints = [models.UniqueConstraint(fields=["template", "number"],
                                               name="template_version_once")]


class PostalAddress(CaseRecord):
    """Where letters to a person go, and the language of the annex (one of the seven)."""

    person = models.OneToOneField("cases.Person", on_delete=models.CASCADE,
                                  related_name="postal_address")
    care_of = models.CharField(_("bei (c/o)"), max_length=200, blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postcode = models.CharField(_("Postleitzahl"), max_length=5, blank=True)
    city = models.CharField(_("Ort"), max_length=120, blank=True)
    language = models.CharField(_("Sprache für Schreiben"), max_length=5, blank=True)

    class Meta:
        verbose_name = _("Postanschrift")
        verbose_name_plural = _("Postanschriften")

    @property
    def valid(self) -> bool:
        return bool(self.street.strip() and self.city.strip() and len(self.postcode) == 5
                    and self.postcode.isdigit())

    @property
    def lines(self) -> list[str]:
        return [line for line in (f"c/o {self.care_of}" if self.care_of else "", self.street,
                                  f"{self.postcode} {self.city}") if line.strip()]


class MailRunStatus(models.TextChoices):
    QUEUED = "queued", _("wartet auf Verarbeitung")
    WRITING = "writing", _("Briefe werden geschrieben")
    PRINTING = "printing", _("Druckdatei wird erstellt")
    DONE = "done", _("abgeschlossen")
    FAILED = "failed", _("fehlgeschlagen")


class DispatchChannel(models.TextChoices):
    POST = "post", _("Post")
    EMAIL = "email", _("E-Mail")
    HANDED = "handed", _("persönlich übergeben")


class MailRun(AuthorityOwned):
    screening_run = models.ForeignKey("screening.ScreeningRun", on_delete=models.SET_NULL,
                                      null=True, related_name="+", verbose_name=_("Prüflauf"))
    group = models.CharField(_("Gruppe"), max_length=20)
    constellation = models.ForeignKey("review.Constellation", on_delete=models.SET_NULL, null=True,
                                      blank=True, related_name="+")
    # Why the letter is sent: the duplicate check compares it (group, or the constellation).
    reason = models.CharField(_("Anlass"), max_length=40)
    template_version = models.ForeignKey(TemplateVersion, on_delete=models.PROTECT,
                                         related_name="+")
    desk = models.ForeignKey("counselling.Desk", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("Stand"), max_length=10, choices=MailRunStatus.choices,
                              default=MailRunStatus.QUEUED)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("angelegt von"))
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    finished_at = models.DateTimeField(_("beendet am"), null=True, blank=True)
    households_total = models.PositiveIntegerField(default=0)
    households_done = models.PositiveIntegerField(default=0)
    # The print file is set in parts while the letters are written (letters/pdf.py).
    parts_total = models.PositiveIntegerField(default=0)
    parts_done = models.PositiveIntegerField(default=0)
    # {"letters", "households", "persons", "no_address", "duplicates"}
    counts = models.JSONField(default=dict, blank=True)
    # Persons left without a letter for want of a valid address: [{"id", "name", "file_number"}]
    without_address = models.JSONField(default=list, blank=True)
    print_pdf = models.BinaryField(null=True, blank=True, editable=False)
    dispatched_on = models.DateField(_("versandt am"), null=True, blank=True)
    message = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Serienbrief")
        verbose_name_plural = _("Serienbriefe")

    def __str__(self) -> str:
        return f"Serienbrief {self.pk} ({self.reason})"

    @property
    def finished(self) -> bool:
        return self.status in (MailRunStatus.DONE, MailRunStatus.FAILED)

    @property
    def percent(self) -> int:
        if self.status == MailRunStatus.DONE:
            return 100
        if self.status == MailRunStatus.PRINTING and self.parts_total:
            return min(99, round(100 * self.parts_done / self.parts_total))
        if not self.households_total:
            return 0
        return min(99, round(100 * self.households_done / self.households_total))


class Letter(CaseRecord):
    """One letter to one household, archived in the case file of every member."""

    run = models.ForeignKey(MailRun, on_delete=models.CASCADE, related_name="letters")
    addressee = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="+")
    members = models.ManyToManyField("cases.Person", through="LetterMember", related_name="+")
    reason = models.CharField(_("Anlass"), max_length=40)
    template_version = models.ForeignKey(TemplateVersion, on_delete=models.PROTECT,
                                         related_name="letters")
    booking_code = models.OneToOneField("counselling.BookingCode", on_delete=models.SET_NULL,
                                        null=True, related_name="letter")
    subject = models.CharField(_("Betreff"), max_length=300)
    # The exact page as printed; the PDF of one letter is rendered from it (always the same).
    html = models.TextField(editable=False)
    language = models.CharField(_("Sprache der Anlage"), max_length=5, blank=True)
    address = models.TextField(_("Anschrift"))
    created_at = models.DateTimeField(_("erstellt am"), auto_now_add=True)
    dispatched_on = models.DateField(_("versandt am"), null=True, blank=True)
    dispatch_channel = models.CharField(_("Versandweg"), max_length=8,
                                        choices=DispatchChannel.choices, blank=True)
    dispatch_address = models.TextField(_("verwendete Anschrift"), blank=True)
    follow_up = models.OneToOneField("cases.FollowUp", on_delete=models.SET_NULL, null=True,
                                     blank=True, related_name="+")

    class Meta:
        ordering = ["run", "pk"]
        verbose_name = _("Brief")
        verbose_name_plural = _("Briefe")


class LetterMember(AuthorityOwned):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="member_rows")
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="letter_rows")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["letter", "person"],
                                               name="letter_member_once")]
