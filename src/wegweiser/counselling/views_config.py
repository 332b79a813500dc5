"""Configuration pages of a desk (head, administration): settings, opening hours, closed days,
topics. Every save goes through desk_config; appointments that lose their slot are listed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.cases.form_saving import add_errors

from . import desk_config as service
from .forms import ClosedDayForm, DeskForm, OpeningHoursForm, TopicForm
from .models import ClosedDay, Desk, OpeningHours, Topic
from .views_home import desk_of


def _submit(request, form, save: Callable[[Any], Any], done: str) -> int | None:
    """None when saved; otherwise the status of the page shown again (200, 400, 409)."""
    if request.method != "POST":
        return 200
    if not form.is_valid():
        return 400
    try:
        orphaned = save(form.instance)
    except service.ConflictError:
        form.add_error(None, _(service.ConflictError.message))
        return 409
    except ValidationError as error:
        add_errors(form, error)
        return 400
    messages.success(request, done)
    _tell_orphaned(request, orphaned)
    return None


def _tell_orphaned(request, orphaned) -> None:
    if isinstance(orphaned, list) and orphaned:
        messages.warning(request, ngettext(
            "%(n)d Termin liegt jetzt außerhalb der Öffnungszeiten; er bleibt bestehen und steht "
            "in der Liste unten.",
            "%(n)d Termine liegen jetzt außerhalb der Öffnungszeiten; sie bleiben bestehen und "
            "stehen in der Liste unten.", len(orphaned)) % {"n": len(orphaned)})


def _version(request) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


@requires("desk.configure")
def desk_settings(request, desk_pk: int):
    desk = desk_of(desk_pk)
    stored_name = desk.name  # the heading keeps the stored name while the form shows the input
    form = DeskForm(request.POST or None, instance=desk)
    status = _submit(request, form, lambda instance: service.save_desk(
        request.user, instance, form.cleaned_data.get("version"), request), _("Gespeichert."))
    if status is None:
        return redirect("counselling:settings", desk.pk)
    return render(request, "counselling/settings.html", {
        "desk": desk, "stored_name": stored_name, "form": form, "hours": desk.opening_hours.all(),
        "closed_days": desk.closed_days.all(), "topics": desk.topics.all(),
        "orphaned": service.orphaned_appointments(desk)}, status=status)


@requires("desk.configure")
def desk_create(request):
    form = DeskForm(request.POST or None, instance=Desk(authority_id=request.user.authority_id))
    status = _submit(request, form, lambda instance: service.save_desk(
        request.user, instance, None, request), _("Beratungsstelle angelegt."))
    if status is None:
        return redirect("counselling:settings", form.instance.pk)
    return render(request, "counselling/config_form.html", {
        "form": form, "title": _("Beratungsstelle anlegen")}, status=status)


@requires("desk.configure")
def hours_edit(request, desk_pk: int, hours_pk: int | None = None):
    desk = desk_of(desk_pk)
    block: OpeningHours = OpeningHours(authority_id=desk.authority_id, desk=desk)
    if hours_pk:
        block = get_object_or_404(OpeningHours.objects, pk=hours_pk, desk=desk)
    form = OpeningHoursForm(request.POST or None, instance=block)
    status = _submit(request, form, lambda instance: service.save_opening_hours(
        request.user, instance, form.cleaned_data.get("version"), request),
        _("Öffnungszeit gespeichert."))
    if status is None:
        return redirect("counselling:settings", desk.pk)
    return render(request, "counselling/config_form.html", {
        "desk": desk, "form": form, "title": _("Öffnungszeit")}, status=status)


@require_POST
@requires("desk.configure")
def hours_delete(request, desk_pk: int, hours_pk: int):
    desk = desk_of(desk_pk)
    block: OpeningHours = get_object_or_404(OpeningHours.objects, pk=hours_pk, desk=desk)
    try:
        orphaned = service.delete_opening_hours(request.user, block, _version(request), request)
    except service.ConflictError:
        messages.error(request, _(service.ConflictError.message))
    else:
        messages.success(request, _("Öffnungszeit gelöscht."))
        _tell_orphaned(request, orphaned)
    return redirect("counselling:settings", desk.pk)


@requires("desk.configure")
def closed_day_add(request, desk_pk: int):
    desk = desk_of(desk_pk)
    form = ClosedDayForm(request.POST or None,
                         instance=ClosedDay(authority_id=desk.authority_id, desk=desk))
    status = _submit(request, form, lambda instance: service.save_closed_day(
        request.user, instance, request), _("Schließtag eingetragen."))
    if status is None:
        return redirect("counselling:settings", desk.pk)
    return render(request, "counselling/config_form.html", {
        "desk": desk, "form": form, "title": _("Schließtag eintragen")}, status=status)


@require_POST
@requires("desk.configure")
def closed_day_delete(request, desk_pk: int, closed_pk: int):
    desk = desk_of(desk_pk)
    closed: ClosedDay = get_object_or_404(ClosedDay.objects, pk=closed_pk, desk=desk)
    service.delete_closed_day(request.user, closed, request)
    messages.success(request, _("Schließtag gelöscht."))
    return redirect("counselling:settings", desk.pk)


@requires("desk.configure")
def topic_edit(request, desk_pk: int, topic_pk: int | None = None):
    desk = desk_of(desk_pk)
    topic: Topic = Topic(authority_id=desk.authority_id, desk=desk)
    if topic_pk:
        topic = get_object_or_404(Topic.objects, pk=topic_pk, desk=desk)
    form = TopicForm(request.POST or None, instance=topic)
    status = _submit(request, form, lambda instance: service.save_topic(
        request.user, instance, form.cleaned_data.get("version"), request),
        _("Anliegen gespeichert."))
    if status is None:
        return redirect("counselling:settings", desk.pk)
    return render(request, "counselling/config_form.html", {
        "desk": desk, "form": form, "title": _("Anliegen")}, status=status)
