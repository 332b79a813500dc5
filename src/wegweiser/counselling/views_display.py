"""The call display for the waiting-room screen: numbers and rooms only, refreshed by htmx.

Two ways in (docs/decisions/0012): staff with desk.view (to try it out), and the screen itself
with the desk's secret display link, without a login.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.scoping import authority_scope

from . import display as service
from .models import Desk
from .views_home import desk_of

POLL_SECONDS = 3


def _render(request, desk: Desk, list_url: str, template: str):
    calls = service.last_calls(desk)
    stamp = service.signature(calls)
    if template.endswith("_list.html") and request.GET.get("stand") == stamp:
        return HttpResponse(status=204)  # unchanged: htmx keeps the list, nothing is re-read
    response = render(request, template, {
        "desk": desk, "calls": calls, "list_url": f"{list_url}?stand={stamp}",
        "poll": POLL_SECONDS})
    # The screen must never show a cached list; the link must not leak through a referrer.
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


@requires("desk.view")
def display(request, desk_pk: int):
    desk = desk_of(desk_pk)
    response = _render(request, desk, reverse("counselling:display_list", args=[desk.pk]),
                       "counselling/display.html")
    return response


@requires("desk.view")
def display_list(request, desk_pk: int):
    desk = desk_of(desk_pk)
    return _render(request, desk, reverse("counselling:display_list", args=[desk.pk]),
                   "counselling/display_list.html")


def _screen_desk(desk_pk: int, token: str) -> Desk:
    desk = Desk.unscoped.filter(pk=desk_pk).first()
    if desk is None or not service.token_matches(desk, token):
        raise Http404
    return desk


def screen(request, desk_pk: int, token: str):
    """The wall screen's way in: the secret link, no login."""
    desk = _screen_desk(desk_pk, token)
    with authority_scope(desk.authority_id):
        return _render(request, desk, reverse("counselling:screen_list", args=[desk.pk, token]),
                       "counselling/display.html")


def screen_list(request, desk_pk: int, token: str):
    desk = _screen_desk(desk_pk, token)
    with authority_scope(desk.authority_id):
        return _render(request, desk, reverse("counselling:screen_list", args=[desk.pk, token]),
                       "counselling/display_list.html")


@require_POST
@requires("desk.configure")
def new_screen_link(request, desk_pk: int):
    """A new secret link for the screen; the old one stops working. Shown once."""
    desk = desk_of(desk_pk)
    token = service.new_display_token(request.user, desk, request)
    link = request.build_absolute_uri(reverse("counselling:screen", args=[desk.pk, token]))
    messages.warning(request, _("Neuer Link für die Aufrufanzeige (nur jetzt sichtbar, bitte am "
                                "Bildschirm im Wartebereich öffnen): %(link)s") % {"link": link})
    return redirect("counselling:settings", desk.pk)


