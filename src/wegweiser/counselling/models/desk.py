"""The counselling desk (zentrale Anlaufstelle): its rules for opening, booking and keeping data."""

from datetime import time

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from wegweiser.cases.models.base import CaseRecord


class Desk(CaseRecord):
    """A counselling desk, separate from the case work. Public booking addresses it by slug."""

    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzname in der Adresse"), max_length=60, unique=True)
    address = models.TextField(_("Anschrift"), blank=True)
    walk_in_hours = models.CharField(_("Offene Sprechzeit (ohne Termin)"), max_length=300, blank=True)
    phone = models.CharField(_("Telefon"), max_length=60, blank=True)
    # One slot of the calendar; a topic takes one or more of them.
    unit_minutes = models.PositiveSmallIntegerField(_("Länge eines Zeitfensters (Minuten)"), default=30)
    # A long horizon drives no-shows (Frankfurt ST 659/2025): slots open N days ahead,
    # each day's slots at a fixed time.
    horizon_days = models.PositiveSmallIntegerField(_("Buchbar für die nächsten … Tage"), default=14)
    release_time = models.TimeField(_("Freigabe neuer Termine um"), default=time(8, 0))
    # Double opt-in: an unconfirmed hold is released after this many minutes.
    hold_minutes = models.PositiveSmallIntegerField(_("Bestätigungsfrist (Minuten)"), default=30)
    max_open_bookings = models.PositiveSmallIntegerField(_("Offene Termine je Person höchstens"),
                                                         default=2)
    # Share of each day's slots held back for emergencies (e.g. Duldung expires within 7 days).
    emergency_slots_per_day = models.PositiveSmallIntegerField(_("Notfallkontingent je Tag (Zeitfenster)"),
                                                               default=2)
    retention_days = models.PositiveSmallIntegerField(
        _("Personendaten der Buchung löschen nach … Tagen"), default=30)
    # A called visitor who does not come is called again (after 5 minutes at the earliest);
    # after this many calls the ticket is missed and parked (ZMS callCountMax).
    call_count_max = models.PositiveSmallIntegerField(_("Aufrufe bis „nicht erschienen“"), default=3)
    # The waiting-room screen opens the call display with a secret link, no staff login
    # (docs/decisions/0012). Only the hash is kept; the link is shown once when created.
    display_token_hash = models.CharField(max_length=64, blank=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Beratungsstelle")
        verbose_name_plural = _("Beratungsstellen")

    def __str__(self) -> str:
        return self.name


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Montag")
    TUESDAY = 1, _("Dienstag")
    WEDNESDAY = 2, _("Mittwoch")
    THURSDAY = 3, _("Donnerstag")
    FRIDAY = 4, _("Freitag")
    SATURDAY = 5, _("Samstag")
    SUNDAY = 6, _("Sonntag")


class OpeningHours(CaseRecord):
    """A block of opening hours on one weekday, with as many counsellors as serve in parallel."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("Wochentag"), choices=Weekday.choices)
    starts = models.TimeField(_("von"))
    ends = models.TimeField(_("bis"))
    counsellors = models.PositiveSmallIntegerField(_("Beraterinnen und Berater gleichzeitig"), default=1)
    history = HistoricalRecords()

    class Meta:
        ordering = ["weekday", "starts"]
        verbose_name = _("Öffnungszeit")
        verbose_name_plural = _("Öffnungszeiten")
        constraints = [models.CheckConstraint(condition=models.Q(ends__gt=models.F("starts")),
                                              name="opening_hours_end_after_start")]


class ClosedDay(CaseRecord):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="closed_days")
    day = models.DateField(_("Tag"))
    reason = models.CharField(_("Grund"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["day"]
        verbose_name = _("Schließtag")
        verbose_name_plural = _("Schließtage")
        constraints = [models.UniqueConstraint(fields=["desk", "day"], name="closed_day_once")]


class Topic(CaseRecord):
    """What a visitor comes for; decides the length of the appointment."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(_("Bezeichnung"), max_length=200)
    # Stable key for the public pages' translations (public/topics.py) and for statistics.
    key = models.SlugField(_("Schlüssel"), max_length=40)
    units = models.PositiveSmallIntegerField(_("Dauer in Zeitfenstern"), default=1)
    bookable_online = models.BooleanField(_("online buchbar"), default=True)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    # The name in the public languages besides German, {"ar": "…", …}, typed in by the office;
    # public/topics.py shows it first (desk_config.save_topic validates it).
    translations = models.JSONField(_("Bezeichnung in anderen Sprachen"), default=dict, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("Anliegen")
        verbose_name_plural = _("Anliegen")
        constraints = [models.UniqueConstraint(fields=["desk", "key"], name="topic_key_once")]

    def __str__(self) -> str:
        return self.name
