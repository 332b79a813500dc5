"""Appointments at the desk, booking codes from letters, and the waitlist.

Personal data of a booking (name, birth date, contact) is deleted a configurable time after the
appointment (Desk.retention_days); what stays is anonymous statistics. For that reason these rows
keep no django-simple-history copy: changes are in the audit log without the personal data.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models.base import CaseRecord

from .desk import Desk, Topic


class AppointmentStatus(models.TextChoices):
    HELD = "held", _("reserviert, noch nicht bestätigt")
    CONFIRMED = "confirmed", _("bestätigt")
    CANCELLED = "cancelled", _("abgesagt")
    EXPIRED = "expired", _("nicht bestätigt, freigegeben")
    CHECKED_IN = "checked_in", _("angemeldet vor Ort")
    DONE = "done", _("abgeschlossen")


class Outcome(models.TextChoices):
    """Stated by the desk, never set automatically; a cancellation is never a no-show."""

    UNRESOLVED = "", _("noch offen")
    ATTENDED = "attended", _("erschienen")
    NOT_ATTENDED = "not_attended", _("nicht erschienen")
    LATE_CANCELLED = "late_cancelled", _("kurzfristig abgesagt")
    CANCELLED = "cancelled", _("abgesagt")


class Channel(models.TextChoices):
    ONLINE = "online", _("online")
    PHONE = "phone", _("Telefon")
    WALK_IN = "walk_in", _("vor Ort")
    STAFF = "staff", _("durch Beschäftigte")


class BookingCode(CaseRecord):
    """The personal code printed in an invitation letter: pre-fills and prioritises a booking."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="booking_codes")
    code = models.CharField(_("Buchungscode"), max_length=20, unique=True)
    # The addressee of the letter (the household's first member); the letter names the rest.
    person = models.ForeignKey("cases.Person", on_delete=models.CASCADE, related_name="booking_codes")
    valid_until = models.DateField(_("gültig bis"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Buchungscode")
        verbose_name_plural = _("Buchungscodes")


class Appointment(CaseRecord):
    desk = models.ForeignKey(Desk, on_delete=models.PROTECT, related_name="appointments")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="appointments",
                              verbose_name=_("Anliegen"))
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    status = models.CharField(_("Stand"), max_length=12, choices=AppointmentStatus.choices,
                              default=AppointmentStatus.HELD)
    outcome = models.CharField(_("Ergebnis"), max_length=16, choices=Outcome.choices, blank=True,
                               default=Outcome.UNRESOLVED)
    channel = models.CharField(_("Weg der Buchung"), max_length=10, choices=Channel.choices,
                               default=Channel.ONLINE)
    # Personal data: minimal, and deleted after Desk.retention_days (counselling.retention).
    name = models.CharField(_("Name"), max_length=200, blank=True)
    birth_date = models.DateField(_("Geburtsdatum"), null=True, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    # Normalised name + birth date + contact, hashed: the limit of open bookings per person.
    person_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    # Normalised name + birth date alone: the same person with other contacts (decision 0011).
    identity_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    language = models.CharField(_("Sprache"), max_length=10, blank=True)
    interpreter_language = models.CharField(_("Dolmetschen benötigt in"), max_length=10, blank=True)
    emergency_reason = models.CharField(_("Grund für einen Notfalltermin"), max_length=40, blank=True)
    booking_code = models.ForeignKey(BookingCode, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="appointments")
    # Tokens are stored hashed; the visitor holds the plain value in the e-mailed link.
    confirm_token = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    manage_token = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    hold_expires_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    booked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    personal_data_deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")
        indexes = [models.Index(fields=["desk", "starts_at"], name="appointment_desk_start")]


class WaitlistStatus(models.TextChoices):
    WAITING = "waiting", _("wartet")
    OFFERED = "offered", _("Termin angeboten")
    BOOKED = "booked", _("gebucht")
    EXPIRED = "expired", _("Angebot abgelaufen")
    CANCELLED = "cancelled", _("zurückgezogen")


class WaitlistEntry(CaseRecord):
    """Waits for a freed slot; an offer waits for confirmation, nobody is booked silently."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="waitlist")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("Name"), max_length=200)
    birth_date = models.DateField(_("Geburtsdatum"), null=True, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    person_key = models.CharField(max_length=64, blank=True, editable=False)
    identity_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    language = models.CharField(_("Sprache"), max_length=10, blank=True)
    status = models.CharField(_("Stand"), max_length=10, choices=WaitlistStatus.choices,
                              default=WaitlistStatus.WAITING)
    offered_appointment = models.ForeignKey(Appointment, on_delete=models.SET_NULL, null=True,
                                            blank=True, related_name="+")
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    manage_token = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Wartelisteneintrag")
        verbose_name_plural = _("Warteliste")
