"""The one door for changes to staff accounts (the administration's user management).

Each function checks, writes with optimistic locking and writes the audit log. Accounts of
another authority never reach these functions: the views look them up within the own
authority (404 otherwise).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web import versioning

from .models import User
from .roles import Role

# Letters and digits that cannot be mistaken for each other when read aloud or typed.
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class ConflictError(versioning.ConflictError):
    message = gettext_noop(
        "Dieses Benutzerkonto wurde inzwischen von jemand anderem geändert. Ihre Eingaben sind "
        "erhalten; bitte laden Sie die Seite neu und übertragen Sie Ihre Änderungen.")


@dataclass(frozen=True)
class AccountChanges:
    first_name: str
    last_name: str
    email: str
    role: str
    is_active: bool


def generated_password() -> str:
    """An initial password, shown once: four groups of four, e.g. "k7Qm-x3Rt-9wZp-Hc4d"."""
    groups = ("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(4)) for _ in range(4))
    return "-".join(groups)


def create_user(actor: User, username: str, changes: AccountChanges, password: str,
                request=None) -> User:
    """A new account of the actor's authority; the password must pass the validators."""
    user = User(username=username, authority_id=actor.authority_id, first_name=changes.first_name,
                last_name=changes.last_name, email=changes.email, role=changes.role,
                is_active=changes.is_active)
    validate_password(password, user)
    user.set_password(password)
    with transaction.atomic():
        user.save()
        record(actor, AuditAction.CREATE, target=_target(user), request=request,
               detail={"record": "user", "id": user.pk, "role": user.role})
    return user


def change_user(actor: User, user: User, version: int, changes: AccountChanges,
                request=None) -> None:
    """Name, e-mail, role and whether the account is active; refused on a newer version."""
    _refuse_locking_oneself_out(actor, user, changes)
    before = {name: getattr(user, name) for name in changes.__dataclass_fields__}
    after = {name: getattr(changes, name) for name in before}
    with transaction.atomic():
        _claim(user, version, **after)
        changed = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
        record(actor, AuditAction.CHANGE, target=_target(user), request=request,
               detail={"record": "user", "id": user.pk, "changes": changed})


def set_password(actor: User, user: User, version: int, password: str,
                 request=None) -> None:
    """A new password (entered or generated); the log notes the fact, never the password."""
    validate_password(password, user)
    user.set_password(password)
    with transaction.atomic():
        _claim(user, version, password=user.password)
        record(actor, AuditAction.CHANGE, target=_target(user), request=request,
               detail={"record": "user", "id": user.pk, "password": "neu gesetzt"})


def unlock(actor: User, user: User, request=None) -> int:
    """Lift the lock after failed logins (django-axes); returns the attempts removed."""
    with transaction.atomic():
        removed = axes_reset(username=user.username)
        record(actor, AuditAction.CHANGE, target=_target(user), request=request,
               detail={"record": "user", "id": user.pk, "unlocked": removed})
    return removed


def locked_usernames(usernames: list[str]) -> set[str]:
    """Which of these accounts are locked now (one query for a whole page)."""
    attempts = AccessAttempt.objects.filter(username__in=usernames)
    cool_off = get_cool_off()
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    failures = attempts.values("username").annotate(n=Sum("failures_since_start"))
    return {row["username"] for row in failures if row["n"] >= settings.AXES_FAILURE_LIMIT}


def _refuse_locking_oneself_out(actor: User, user: User, changes: AccountChanges) -> None:
    if user.pk != actor.pk:
        return
    if changes.role != Role.ADMIN:
        raise ValidationError(_("Sie können sich die Rolle Administration nicht selbst entziehen."))
    if not changes.is_active:
        raise ValidationError(_("Sie können Ihr eigenes Benutzerkonto nicht deaktivieren."))


def _claim(user: User, version: int, **values) -> None:
    """Write the values only if nobody saved the account since `version` was read."""
    versioning.claim_version(User.objects, user, version, ConflictError, **values)


def _target(user: User) -> str:
    # The audit log is German whatever the UI language (audit.services.record).
    return f"Benutzerkonto {user.username}"
