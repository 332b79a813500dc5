"""Who may see whose training record (decision 0010): everyone the own one, the head of
department the whole team. Any other record is "not found" (404), like a row of another
authority: the answer does not confirm that the record exists."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import can


def may_see(viewer, member: User) -> bool:
    if member.authority_id != viewer.authority_id:
        return False
    return member.pk == viewer.pk or can(viewer, "training.team")


def staff_member(request, user_pk: int) -> User:
    member = get_object_or_404(User, pk=user_pk, authority_id=request.user.authority_id)
    if not may_see(request.user, member):
        raise Http404
    return member


def year_of(request) -> int:
    """The year asked for (?jahr=), else the current one."""
    value = request.GET.get("jahr", "")
    if value.isdigit() and 2000 <= int(value) <= 2100:
        return int(value)
    return timezone.localdate().year


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def posted_version(request) -> int | None:
    value = request.POST.get("version", "")
    return int(value) if value.isdigit() else None


def refused(error: Exception) -> list[str]:
    """The German messages of a refused change (rule or newer version)."""
    if isinstance(error, ValidationError):
        return list(error.messages)
    return [_(getattr(error, "message", str(error)))]
