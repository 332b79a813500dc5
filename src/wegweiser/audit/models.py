import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    VIEW = "view", _("Akte angesehen")
    CHANGE = "change", _("Geändert")
    CREATE = "create", _("Angelegt")
    DELETE = "delete", _("Gelöscht")
    EXPORT = "export", _("Exportiert")
    IMPORT = "import", _("Importiert")
    VERIFY = "verify", _("Prüfkette geprüft")


class AuditEntry(models.Model):
    """One append-only line of the audit log; each carries the hash of the previous one."""

    timestamp = models.DateTimeField(_("Zeitpunkt"))
    authority = models.ForeignKey("accounts.Authority", on_delete=models.PROTECT, null=True, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    username = models.CharField(_("Benutzer"), max_length=150)
    action = models.CharField(_("Aktion"), max_length=20, choices=AuditAction.choices)
    person_id = models.BigIntegerField(_("Person"), null=True, db_index=True)
    target = models.CharField(_("Gegenstand"), max_length=200, blank=True)
    detail = models.JSONField(_("Einzelheiten"), default=dict)
    remote_addr = models.CharField(_("Von"), max_length=64, blank=True)
    previous_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("Protokolleintrag")

    def __str__(self) -> str:
        return f"{self.timestamp:%Y-%m-%d %H:%M} {self.username} {self.action} {self.target}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit entries are append-only.")

    def compute_hash(self) -> str:
        payload = json.dumps(
            {
                "timestamp": self.timestamp.isoformat(),
                "authority": self.authority_id,
                "user": self.user_id,
                "username": self.username,
                "action": self.action,
                "person": self.person_id,
                "target": self.target,
                "detail": self.detail,
                "remote_addr": self.remote_addr,
                "previous": self.previous_hash,
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode()).hexdigest()
