"""The call display in the waiting room: the last called numbers and rooms, nothing else.

A wall screen opens it with a secret link per desk (docs/decisions/0012): no staff session
stays logged in in the waiting room. Only a hash of the link's token is stored; a new link
invalidates the old one.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record

from .models import Desk, QueueTicket, TicketStatus

SHOWN = 6
CALLED = (TicketStatus.CALLED, TicketStatus.SERVING)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_display_token(user, desk: Desk, request=None) -> str:
    """Create the desk's display link (the old one stops working); the token is returned once."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        Desk.unscoped.filter(pk=desk.pk).update(display_token_hash=_hash(token))
        record(user, AuditAction.CHANGE, target=gettext_lazy("Aufrufanzeige"), request=request,
               authority_id=desk.authority_id, detail={"record": "desk_display", "desk": desk.pk})
    desk.display_token_hash = _hash(token)
    return token


def token_matches(desk: Desk, token: str) -> bool:
    return bool(desk.display_token_hash) and hmac.compare_digest(desk.display_token_hash,
                                                                 _hash(token))


def last_calls(desk: Desk) -> list[dict[str, Any]]:
    """Numbers and rooms only: the screen is public to everybody in the waiting room."""
    rows = (QueueTicket.unscoped.filter(desk=desk, day=timezone.localdate(), status__in=CALLED)
            .order_by("-last_called_at", "-number").values("number", "room", "last_called_at"))
    return [dict(row) for row in rows[:SHOWN]]


def signature(calls: list[dict]) -> str:
    """Changes when a number is called or called again; the page swaps only then."""
    text = "|".join(f"{c['number']}:{c['room']}:{c['last_called_at'].isoformat()}" for c in calls)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
