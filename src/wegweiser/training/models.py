"""Staff training: topics, events with attendance, requirements per role, languages, the plan.

These are personnel data (Beschäftigtendaten): every row belongs to one authority and is read
through the scoped manager; who may see which rows is decided in training.access (decision 0010).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.accounts.roles import Role
from wegweiser.cases.models.base import CaseRecord


class TrainingTopic(CaseRecord):
    """A topic of the authority's own list (configurable; defaults in training.topics)."""

    name = models.CharField(_("Thema"), max_length=120)
    active = models.BooleanField(_("in Gebrauch"), default=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Fortbildungsthema")
        verbose_name_plural = _("Fortbildungsthemen")
        constraints = [models.UniqueConstraint(fields=["authority", "name"],
                                               name="training_topic_unique_name")]

    def __str__(self) -> str:
        return self.name


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Inhouse-Seminar")
    COURSE = "course", _("Externer Lehrgang")
    COACHING = "coaching", _("Coaching")
    SUPERVISION = "supervision", _("Fallsupervision")


class TrainingEvent(CaseRecord):
    kind = models.CharField(_("Art"), max_length=12, choices=EventKind.choices)
    topic = models.ForeignKey(TrainingTopic, on_delete=models.PROTECT, related_name="events",
                              verbose_name=_("Thema"))
    title = models.CharField(_("Titel"), max_length=200)
    # Free text for now; the partner register of the dialogue app may link it later.
    trainer = models.CharField(_("Referentin/Referent oder Anbieter"), max_length=200, blank=True)
    held_on = models.DateField(_("Datum"))
    hours = models.DecimalField(_("Stunden"), max_digits=5, decimal_places=1)
    cost = models.DecimalField(_("Kosten (Euro)"), max_digits=10, decimal_places=2, default=0)
    # Left for the grant module (reporting/): the budget line an expense is booked on.
    budget_line = models.CharField(_("Haushalts- oder Förderposition"), max_length=100, blank=True)
    evidence_reference = models.CharField(_("Nachweis (Verweis)"), max_length=200, blank=True)
    # Stored in the database like the minutes PDF of a conference: one backup holds everything.
    evidence_file = models.BinaryField(_("Nachweis (Datei)"), null=True, blank=True,
                                       editable=False)
    evidence_name = models.CharField(max_length=200, blank=True, editable=False)
    evidence_type = models.CharField(max_length=60, blank=True, editable=False)
    participants = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Attendance",
                                          related_name="+")
    history = HistoricalRecords(excluded_fields=["evidence_file"])

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("Fortbildung")
        verbose_name_plural = _("Fortbildungen")

    def __str__(self) -> str:
        return self.title


class AttendanceStatus(models.TextChoices):
    OPEN = "", _("noch offen")
    ATTENDED = "attended", _("teilgenommen")
    EXCUSED = "excused", _("entschuldigt")
    ABSENT = "absent", _("nicht erschienen")


class Attendance(CaseRecord):
    event = models.ForeignKey(TrainingEvent, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                             related_name="training_attendances",
                             verbose_name=_("Mitarbeiterin/Mitarbeiter"))
    status = models.CharField(_("Teilnahme"), max_length=10, choices=AttendanceStatus.choices,
                              blank=True, default=AttendanceStatus.OPEN)
    history = HistoricalRecords()

    class Meta:
        ordering = ["user__last_name", "user__first_name", "pk"]
        verbose_name = _("Teilnahme")
        verbose_name_plural = _("Teilnahmen")
        constraints = [models.UniqueConstraint(fields=["event", "user"],
                                               name="training_attendance_once")]
        indexes = [models.Index(fields=["user", "status"], name="attendance_user_status")]


class TopicRequirement(CaseRecord):
    """A topic every member of a role should have; None months: once is enough."""

    role = models.CharField(_("Rolle"), max_length=20, choices=Role.choices)
    topic = models.ForeignKey(TrainingTopic, on_delete=models.PROTECT, related_name="requirements",
                              verbose_name=_("Thema"))
    validity_months = models.PositiveSmallIntegerField(
        _("gültig für … Monate"), null=True, blank=True,
        help_text=_("Leer lassen, wenn eine einmalige Teilnahme genügt."))
    history = HistoricalRecords()

    class Meta:
        ordering = ["role", "topic__name"]
        verbose_name = _("Pflichtthema")
        verbose_name_plural = _("Pflichtthemen")
        constraints = [models.UniqueConstraint(fields=["authority", "role", "topic"],
                                               name="training_requirement_once")]


class LanguageLevel(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"
    NATIVE = "native", _("Muttersprache")


class LanguageSkill(CaseRecord):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("Sprache"), max_length=60)
    level = models.CharField(_("Niveau"), max_length=6, choices=LanguageLevel.choices)
    history = HistoricalRecords()

    class Meta:
        ordering = ["language"]
        verbose_name = _("Sprachkenntnis")
        verbose_name_plural = _("Sprachkenntnisse")
        constraints = [models.UniqueConstraint(fields=["user", "language"],
                                               name="training_language_once")]


class PlannedTraining(CaseRecord):
    """One line of the year's plan: this person should take this topic this year."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("Mitarbeiterin/Mitarbeiter"))
    topic = models.ForeignKey(TrainingTopic, on_delete=models.PROTECT, related_name="+",
                              verbose_name=_("Thema"))
    year = models.PositiveSmallIntegerField(_("Jahr"))
    note = models.CharField(_("Bemerkung"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["year", "user__last_name", "topic__name"]
        verbose_name = _("geplante Fortbildung")
        verbose_name_plural = _("geplante Fortbildungen")
        constraints = [models.UniqueConstraint(fields=["user", "topic", "year"],
                                               name="training_plan_once")]
