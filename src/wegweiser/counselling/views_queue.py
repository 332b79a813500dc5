"""The walk-in queue of a desk (counsellors, head): check-in, tickets, calls, outcomes."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.form_saving import add_errors

from . import queue as service
from .forms import CallForm, OutcomeForm, WalkInForm
from .models import Appointment, AppointmentStatus, QueueTicket, TicketStatus
from .statistics import language_name
from .views_home import desk_of, staff_book_url

ROOM_KEY = "counselling_room"
STEPS: dict[str, Callable[..., QueueTicket]] = {
    "erneut": service.recall,
    "beginnen": service.start_serving,
    "fertig": service.finish,
    "zurueckstellen": service.park,
    "einreihen": service.requeue,
}


def _page(request, desk, status=200, call_form=None, walk_in_form=None, confirm=None,
          outcome_forms=None):
    now = timezone.now()
    today = timezone.localdate(now)
    waiting = list(service.waiting_order(desk, today, now).select_related("topic"))
    average = service.average_minutes(desk, today)
    on_duty = service.counsellors_on_duty(desk, now)
    rows = [{"ticket": t, "language": language_name(t.language) if t.language else "",
             "wait": round(index * average / on_duty)} for index, t in enumerate(waiting)]
    tickets = list(QueueTicket.objects.filter(desk=desk, day=today).exclude(
        status=TicketStatus.WAITING).select_related("called_by", "topic").order_by("number"))
    arriving = Appointment.objects.filter(
        desk=desk, starts_at__date=today, status=AppointmentStatus.CONFIRMED).select_related(
        "topic").order_by("starts_at")
    unresolved = list(service.unresolved(desk, today, now))
    outcome_forms = outcome_forms or {}
    listed = {a.pk for a in unresolved}
    # A refused outcome of an appointment that is not in the list: its message goes on top.
    stray_errors = [message for pk, form in outcome_forms.items() if pk not in listed
                    for errors in form.errors.values() for message in errors]
    return render(request, "counselling/queue.html", {
        "desk": desk, "today": today, "waiting": rows,
        "in_hand": service.in_hand(request.user, desk, today),
        "called": [t for t in tickets if t.status in service.IN_HAND],
        "set_aside": [t for t in tickets if t.status in (TicketStatus.MISSED, TicketStatus.PARKED)],
        "arriving": arriving,
        "unresolved": [(a, outcome_forms.get(a.pk) or OutcomeForm(
            initial={"version": a.version}, prefix=f"a{a.pk}")) for a in unresolved],
        "call_form": call_form or CallForm(initial={"room": request.session.get(ROOM_KEY, "")}),
        "walk_in_form": walk_in_form or WalkInForm(desk=desk), "confirm": confirm,
        "stray_errors": stray_errors,
        "can_queue": True, "book_url": staff_book_url(desk) if can(request.user, "desk.book")
        else None, "repeat_minutes": int(service.REPEAT_AFTER.total_seconds() // 60)},
        status=status)


@requires("desk.queue")
def queue(request, desk_pk: int):
    return _page(request, desk_of(desk_pk))


@require_POST
@requires("desk.queue")
def call_next(request, desk_pk: int):
    desk = desk_of(desk_pk)
    form = CallForm(request.POST)
    if not form.is_valid():
        return _page(request, desk, 400, call_form=form)
    room = form.cleaned_data["room"]
    request.session[ROOM_KEY] = room
    try:
        ticket = service.call_next(request.user, desk, room, form.cleaned_data["confirmed"],
                                   request=request)
    except service.SwitchNeedsConfirmation as question:
        return _page(request, desk, 409, call_form=form, confirm=question.messages[0])
    except ValidationError as error:
        add_errors(form, error)
        return _page(request, desk, 400, call_form=form)
    if ticket is None:
        messages.info(request, _("Niemand wartet."))
    else:
        messages.success(request, _("Nummer %(number)d in %(room)s aufgerufen.") % {
            "number": ticket.number, "room": ticket.room})
    return redirect("counselling:queue", desk.pk)


@require_POST
@requires("desk.queue")
def ticket_step(request, desk_pk: int, ticket_pk: int, step: str):
    desk = desk_of(desk_pk)
    ticket = get_object_or_404(QueueTicket.objects.select_related("desk"), pk=ticket_pk, desk=desk)
    action = STEPS.get(step)
    if action is None:
        raise Http404
    try:
        action(request.user, ticket, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Nummer %(number)d: %(status)s.") % {
            "number": ticket.number, "status": TicketStatus(ticket.status).label})
    return redirect("counselling:queue", desk.pk)


@require_POST
@requires("desk.queue")
def draw_ticket(request, desk_pk: int):
    desk = desk_of(desk_pk)
    form = WalkInForm(request.POST, desk=desk)
    if not form.is_valid():
        return _page(request, desk, 400, walk_in_form=form)
    try:
        ticket = service.draw_ticket(request.user, desk, form.cleaned_data["topic"],
                                     form.cleaned_data["language"], request=request)
    except ValidationError as error:
        add_errors(form, error)
        return _page(request, desk, 400, walk_in_form=form)
    return redirect("counselling:ticket", desk.pk, ticket.pk)


@require_POST
@requires("desk.queue")
def check_in(request, desk_pk: int, appointment_pk: int):
    desk = desk_of(desk_pk)
    appointment = get_object_or_404(Appointment.objects.select_related("desk", "topic"),
                                    pk=appointment_pk, desk=desk)
    try:
        ticket = service.check_in(request.user, appointment, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("counselling:queue", desk.pk)
    return redirect("counselling:ticket", desk.pk, ticket.pk)


@requires("desk.queue")
def ticket(request, desk_pk: int, ticket_pk: int):
    """The printable ticket: number, day, desk, estimated waiting time; no name."""
    desk = desk_of(desk_pk)
    ticket = get_object_or_404(QueueTicket.objects.select_related("desk", "topic"), pk=ticket_pk,
                               desk=desk)
    return render(request, "counselling/ticket.html", {
        "desk": desk, "ticket": ticket, "estimate": service.estimated_wait(ticket),
        "can_queue": True})


@require_POST
@requires("desk.queue")
def record_outcome(request, desk_pk: int, appointment_pk: int):
    desk = desk_of(desk_pk)
    appointment: Appointment = get_object_or_404(Appointment.objects, pk=appointment_pk, desk=desk)
    form = OutcomeForm(request.POST, prefix=f"a{appointment.pk}")
    if form.is_valid():
        try:
            service.record_outcome(request.user, appointment, form.cleaned_data["outcome"],
                                   form.cleaned_data.get("version"), request=request)
        except service.ConflictError:
            form.add_error(None, _(service.ConflictError.message))
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Ergebnis gespeichert."))
            return redirect("counselling:queue", desk.pk)
    return _page(request, desk, 400, outcome_forms={appointment.pk: form})
