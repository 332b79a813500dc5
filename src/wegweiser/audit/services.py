"""Write and verify the append-only, hash-chained audit log."""

from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from .models import AuditAction, AuditEntry

GENESIS = "0" * 64


def record(
    user,
    action: str,
    *,
    person=None,
    target: str | Promise = "",
    detail: dict | None = None,
    request=None,
    authority_id: int | None = None,
) -> AuditEntry:
    """Append one entry. The chain is global, so appends are serialised.

    The log is a legal record and German whatever language the acting user chose: pass
    ``target`` as German text (or lazily marked, it is rendered in German here), never as
    the result of ``gettext`` in the user's language.
    """
    with translation.override("de"):
        target = str(target)
    with transaction.atomic():
        _lock_chain()
        last = AuditEntry.objects.order_by("-id").only("entry_hash").first()
        entry = AuditEntry(
            timestamp=timezone.now(),
            authority_id=authority_id
            or getattr(person, "authority_id", None)
            or getattr(user, "authority_id", None),
            user=user if getattr(user, "pk", None) else None,
            username=getattr(user, "username", "") or "system",
            action=action,
            person_id=getattr(person, "pk", None),
            target=target or (str(person.file_number) if person is not None else ""),
            detail=detail or {},
            remote_addr=_remote_addr(request),
            previous_hash=last.entry_hash if last else GENESIS,
        )
        entry.entry_hash = entry.compute_hash()
        entry.save()
        return entry


def _lock_chain() -> None:
    """Nobody may append between our reading the last entry and inserting after it.

    PostgreSQL: a lock held until the transaction ends. SQLite: the transaction began with
    BEGIN IMMEDIATE (settings.py) and so already holds the database's only write lock; a
    second writer waits for it instead of failing ("database is locked") once it has read.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(727001)")


def _remote_addr(request) -> str:
    if request is None:
        return ""
    return request.META.get("REMOTE_ADDR", "")[:64]


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    first_broken_id: int | None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_chain() -> ChainReport:
    """Walk the whole log; name the first entry whose content or link does not fit."""
    previous = GENESIS
    checked = 0
    for entry in AuditEntry.objects.order_by("id").iterator(chunk_size=2000):
        if entry.previous_hash != previous:
            return ChainReport(checked, entry.id, _("Verkettung zum Vorgänger unterbrochen"))
        if entry.compute_hash() != entry.entry_hash:
            return ChainReport(checked, entry.id, _("Inhalt nachträglich verändert"))
        previous = entry.entry_hash
        checked += 1
    return ChainReport(checked, None)


__all__ = ["AuditAction", "record", "verify_chain", "ChainReport"]
