from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from .roles import Role


class Authority(models.Model):
    """An Ausländerbehörde: the tenant that owns every row of personal data."""

    name = models.CharField(_("Name"), max_length=200, unique=True)
    short_name = models.CharField(_("Kurzname"), max_length=50)
    district_name = models.CharField(_("Kreis oder Stadt"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Ausländerbehörde")
        verbose_name_plural = _("Ausländerbehörden")

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    """A town in the authority's district (place of residence)."""

    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="municipalities")
    name = models.CharField(_("Name"), max_length=100)
    ags = models.CharField(_("Gemeindeschlüssel"), max_length=8, blank=True)
    inhabitants = models.PositiveIntegerField(_("Einwohner"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["authority", "name"], name="municipality_unique_name")]

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    """A team of the authority, as the authority defines it (e.g. family names A-K).

    Decision-practice figures group by team, never by person (co-determination of the staff
    council); a decision records the team responsible for the person's family name that day.
    """

    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="teams")
    name = models.CharField(_("Name"), max_length=100)
    letters_from = models.CharField(_("Familiennamen von"), max_length=1, blank=True)
    letters_to = models.CharField(_("Familiennamen bis"), max_length=1, blank=True)

    class Meta:
        ordering = ["letters_from", "name"]
        verbose_name = _("Team")
        verbose_name_plural = _("Teams")
        constraints = [models.UniqueConstraint(fields=["authority", "name"], name="team_unique_name")]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, null=True, blank=True, related_name="users"
    )
    role = models.CharField(_("Rolle"), max_length=20, choices=Role.choices, default=Role.CASEWORKER)
    # Optimistic locking of the user management (accounts.services): two administrators
    # editing one account cannot overwrite each other.
    version = models.PositiveIntegerField(default=1, editable=False)
    team = models.ForeignKey(Team, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="members", verbose_name=_("Team"))
    # Named deputy of the head of department for four-eyes approvals (Zeichnungsbefugnis).
    approval_deputy = models.BooleanField(_("Vertretung der Abteilungsleitung bei Freigaben"),
                                          default=False)

    def __str__(self) -> str:
        return self.get_full_name() or self.username
