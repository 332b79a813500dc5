"""The walk-in queue of one desk and day: tickets, calls, and the call display."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models.base import CaseRecord

from .booking import Appointment
from .desk import Desk, Topic


class TicketStatus(models.TextChoices):
    WAITING = "waiting", _("wartet")
    CALLED = "called", _("aufgerufen")
    SERVING = "serving", _("in Beratung")
    DONE = "done", _("fertig")
    MISSED = "missed", _("nicht erschienen nach Aufruf")
    PARKED = "parked", _("zurückgestellt")


class QueueTicket(CaseRecord):
    """A ticket number for one day; booked visitors get one at check-in and go first."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="tickets")
    day = models.DateField(_("Tag"))
    number = models.PositiveIntegerField(_("Nummer"))
    appointment = models.OneToOneField(Appointment, on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="ticket")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                              verbose_name=_("Anliegen"))
    language = models.CharField(_("Sprache"), max_length=10, blank=True)
    status = models.CharField(_("Stand"), max_length=10, choices=TicketStatus.choices,
                              default=TicketStatus.WAITING)
    arrived_at = models.DateTimeField(_("angekommen um"))
    # Appointments count as waiting from their scheduled time, walk-ins from arrival (ZMS).
    waiting_since = models.DateTimeField(_("wartet seit"))
    # The first call ends the waiting time (ZMS measures waiting up to the first call only).
    called_at = models.DateTimeField(_("aufgerufen um"), null=True, blank=True)
    # A repeat call is allowed 5 minutes after the last one at the earliest.
    last_called_at = models.DateTimeField(null=True, blank=True)
    # Missed or parked tickets go back to the end of the queue from this moment.
    requeued_at = models.DateTimeField(null=True, blank=True)
    call_count = models.PositiveSmallIntegerField(default=0)
    room = models.CharField(_("Raum"), max_length=40, blank=True)
    called_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="+")
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["day", "number"]
        verbose_name = _("Wartenummer")
        verbose_name_plural = _("Wartenummern")
        constraints = [models.UniqueConstraint(fields=["desk", "day", "number"],
                                               name="ticket_number_once_per_day")]
