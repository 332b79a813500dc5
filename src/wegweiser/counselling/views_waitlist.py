"""Waitlist offers to people without e-mail (desk staff who book on behalf): the desk calls,
then confirms on the person's behalf or releases the slot to the next in line. Through the one
door of the waitlist (counselling.booking); nobody is booked without saying yes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires

from . import booking
from .models import WaitlistEntry
from .statistics import language_name
from .views_home import desk_of


@requires("desk.book")
def waitlist_calls(request, desk_pk: int):
    desk = desk_of(desk_pk)
    booking.expire_holds()  # lapsed offers pass on before the list is read
    rows = [{"entry": entry, "appointment": entry.offered_appointment,
             "language": language_name(entry.language)} for entry in booking.phone_offers(desk)]
    return render(request, "counselling/waitlist_calls.html", {"desk": desk, "rows": rows})


def _entry(desk, entry_pk: int) -> WaitlistEntry:
    return get_object_or_404(WaitlistEntry.objects.select_related("offered_appointment"),
                             pk=entry_pk, desk=desk)


@require_POST
@requires("desk.book")
def waitlist_call_confirm(request, desk_pk: int, entry_pk: int):
    desk = desk_of(desk_pk)
    entry = _entry(desk, entry_pk)
    try:
        booking.confirm_phone_offer(request.user, entry, request)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Termin bestätigt."))
    return redirect("counselling:waitlist_calls", desk.pk)


@require_POST
@requires("desk.book")
def waitlist_call_release(request, desk_pk: int, entry_pk: int):
    desk = desk_of(desk_pk)
    entry = _entry(desk, entry_pk)
    try:
        offers = booking.release_phone_offer(request.user, entry, request)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Termin freigegeben und der nächsten Person angeboten.")
                         if offers else _("Termin freigegeben; niemand wartet mehr darauf."))
    return redirect("counselling:waitlist_calls", desk.pk)
