"""The desk's calendar: materialised slots, one per counsellor seat and time unit.

No double booking, ever: an appointment claims its slots through SlotClaim, whose slot is unique
in the database; two transactions that claim the same slot cannot both commit.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.scoping import AuthorityOwned

from .desk import Desk


class Contingent(models.TextChoices):
    REGULAR = "regular", _("regulär")
    # Held back for emergencies with explicit criteria (see counselling.booking).
    EMERGENCY = "emergency", _("Notfall")


class Slot(AuthorityOwned):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    seat = models.PositiveSmallIntegerField(_("Platz"), default=1)
    contingent = models.CharField(_("Kontingent"), max_length=10, choices=Contingent.choices,
                                  default=Contingent.REGULAR)
    # Public booking sees the slot only from this moment (fixed release times).
    released_at = models.DateTimeField(_("freigegeben ab"))

    class Meta:
        ordering = ["starts_at", "seat"]
        verbose_name = _("Zeitfenster")
        verbose_name_plural = _("Zeitfenster")
        constraints = [models.UniqueConstraint(fields=["desk", "starts_at", "seat"],
                                               name="slot_once_per_seat")]
        indexes = [models.Index(fields=["desk", "starts_at"], name="slot_desk_start")]


class SlotClaim(AuthorityOwned):
    """The one row that says a slot is taken; deleted when the appointment ends its hold."""

    slot = models.OneToOneField(Slot, on_delete=models.CASCADE, related_name="claim")
    appointment = models.ForeignKey("counselling.Appointment", on_delete=models.CASCADE,
                                    related_name="claims")

    class Meta:
        verbose_name = _("Belegung")
        verbose_name_plural = _("Belegungen")
