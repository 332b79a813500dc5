"""Pages of the training events: list, create and edit, attendance, the evidence file."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.form_saving import add_errors

from . import changes
from .access import posted_version, refused
from .forms import AttendanceForm, EventForm
from .models import Attendance, TrainingEvent

PAGE_SIZE = 25


def _event(pk) -> TrainingEvent:
    return get_object_or_404(TrainingEvent.objects.select_related("topic").defer("evidence_file"),
                             pk=pk)


@requires("training.team")
def event_list(request):
    rows = TrainingEvent.objects.select_related("topic").defer("evidence_file")
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "training/event_list.html", {
        "page": page, "can_manage": can(request.user, "training.manage")})


@requires("training.team")
def event_detail(request, event_pk):
    event = _event(event_pk)
    attendances = Attendance.objects.filter(event=event).select_related("user")
    return render(request, "training/event_detail.html", {
        "event": event, "attendances": attendances,
        "form": AttendanceForm(attendances=attendances),
        "can_manage": can(request.user, "training.manage")})


@requires("training.manage")
def event_edit(request, event_pk=None):
    event = _event(event_pk) if event_pk else TrainingEvent(authority_id=request.user.authority_id)
    form = EventForm(request.POST or None, request.FILES or None, instance=event,
                     authority_id=request.user.authority_id)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            changes.save_event(request.user, form.instance, data.get("version"),
                               data["participants"], data.get("evidence_upload"),
                               request=request)
        except changes.ConflictError as error:
            form.add_error(None, _(error.message))
            status = 409
        except ValidationError as error:
            add_errors(form, error)
            status = 400
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("training:event", event_pk=form.instance.pk)
    elif request.method == "POST":
        status = 400
    title = _("Fortbildung bearbeiten") if event_pk else _("Fortbildung anlegen")
    return render(request, "training/event_form.html",
                  {"form": form, "event": event if event_pk else None, "title": title},
                  status=status)


@requires("training.manage")
@require_POST
def attendance(request, event_pk):
    event = _event(event_pk)
    attendances = Attendance.objects.filter(event=event).select_related("user")
    form = AttendanceForm(request.POST, attendances=attendances)
    if not form.is_valid():
        messages.error(request, _("Bitte für jede Person einen der angebotenen Stände wählen."))
        return redirect("training:event", event_pk=event.pk)
    try:
        changes.record_attendance(request.user, event, posted_version(request), form.statuses(),
                                  request=request)
    except (ValidationError, changes.ConflictError) as error:
        for message in refused(error):
            messages.error(request, message)
    else:
        messages.success(request, _("Teilnahme gespeichert."))
    return redirect("training:event", event_pk=event.pk)


@requires("training.own")
def evidence(request, event_pk):
    """The uploaded certificate: for the head, and for the event's own participants."""
    event = get_object_or_404(TrainingEvent, pk=event_pk)
    participant = Attendance.objects.filter(event=event, user=request.user).exists()
    if not (participant or can(request.user, "training.team")) or not event.evidence_file:
        raise Http404
    response = HttpResponse(bytes(event.evidence_file), content_type=event.evidence_type)
    response["Content-Disposition"] = f'attachment; filename="nachweis-{event.pk}"'
    return response
