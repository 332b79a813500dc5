"""Optimistic locking, once for every app: a save names the version it read; the stored
version moves on in the same UPDATE, or the save is refused because someone was faster.

Used by the one door of each app (cases.services, accounts.services, screening.policy), which
validate before and write the audit entry after.
"""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Manager
from django.utils.translation import gettext_noop


class ConflictError(Exception):
    """Someone else saved this record after it was loaded: the save is refused."""

    message = gettext_noop(
        "Diese Angaben wurden inzwischen von jemand anderem geändert. Ihre Eingaben sind "
        "unten erhalten; bitte laden Sie die Akte neu und übertragen Sie Ihre Änderungen."
    )


def claim_version(manager: Manager, instance: Any, expected: int | None,
                  conflict: type[ConflictError] = ConflictError, **values: Any) -> None:
    """Move the stored version of `instance` from `expected` to the next one, writing
    `values` in the same statement; zero rows updated means a newer version exists."""
    expected = expected or 0
    claimed = manager.filter(pk=instance.pk, version=expected).update(
        version=expected + 1, **values)
    if not claimed:
        raise conflict(conflict.message)
    for name, value in values.items():
        setattr(instance, name, value)
    instance.version = expected + 1


def save_settings_row(row: Any, user, conflict: type[ConflictError] = ConflictError) -> None:
    """Save an authority's one settings row (approvals, screening policy): the version moves on
    atomically, and zero rows claimed - or a twin row created at the same moment, refused by
    the one-per-authority constraint - means someone else was faster."""
    expected = row.version
    row.updated_by = user if getattr(user, "pk", None) else None
    if row.pk is not None:
        claim_version(type(row).unscoped, row, expected, conflict)
    row.version = expected + 1
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError as error:
        raise conflict(conflict.message) from error
