"""Public booking without login: topic → language → time → details → e-mail link or confirmed.

The choices travel in the query string from step to step and are checked again at every step;
nothing is written before the last one. Every page runs in the desk's authority scope
(`for_desk`) and shows only the visitor's own appointment (found by the token in the link).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from wegweiser.cases.form_saving import add_errors
from wegweiser.counselling import booking
from wegweiser.counselling.models import AppointmentStatus, BookingCode, Desk, Topic

from .booking_forms import PreferencesForm, TopicForm, VisitorForm, WaitlistForm
from .challenge import verify_challenge
from .ratelimit import rate_limit
from .scope import for_desk

# The visitor's words for the appointment's state, from the public catalogues (the model's labels
# are staff German and live in the staff catalogue).
STATUS_TEXT = {
    AppointmentStatus.HELD: gettext_lazy("Noch nicht bestätigt"),
    AppointmentStatus.CONFIRMED: gettext_lazy("Bestätigt"),
    AppointmentStatus.CANCELLED: gettext_lazy("Abgesagt"),
    AppointmentStatus.EXPIRED: gettext_lazy("Nicht bestätigt, wieder frei"),
    AppointmentStatus.CHECKED_IN: gettext_lazy("Angemeldet vor Ort"),
    AppointmentStatus.DONE: gettext_lazy("Abgeschlossen"),
}


def _abuse_checks(request, form=None) -> str | None:
    """Abuse protection of the forms that create a booking or a waitlist entry; a message (in the
    visitor's language) means "refuse". The honeypot field, then the proof-of-work challenge
    (public/challenge.py; off with WEGWEISER_PUBLIC_CHALLENGE=off). The per-IP rate limit sits on
    every writing view as a decorator (public/ratelimit.py; WEGWEISER_PUBLIC_RATE_LIMIT=off).
    """
    if form is not None and form.data.get("website"):
        return _("Ihre Eingabe konnte nicht angenommen werden. Bitte versuchen Sie es noch einmal.")
    return verify_challenge(request.POST)


@dataclass
class Choice:
    """The visitor's choices so far, from the query string."""

    topic: Topic
    language: str
    interpreter: str
    emergency: bool
    code: BookingCode | None
    code_text: str

    def query(self, **extra) -> str:
        values = {"topic": self.topic.key, "language": self.language,
                  "interpreter": self.interpreter, "code": self.code_text,
                  "emergency": "1" if self.emergency else "", **extra}
        return "?" + urlencode({k: v for k, v in values.items() if v})

    @property
    def access(self) -> booking.Access:
        return booking.access_for(emergency=self.emergency, code=self.code)


def _topics(desk: Desk):
    return Topic.objects.filter(desk=desk, bookable_online=True)


def _choice(request, desk: Desk) -> Choice | None:
    """None when the query string holds no valid choice (the visitor starts again)."""
    topic = _topics(desk).filter(key=request.GET.get("topic", "")).first()
    form = PreferencesForm(request.GET)
    if topic is None or not form.is_valid():
        return None
    code = None
    if form.cleaned_data["code"]:
        try:
            code = booking.find_code(desk, form.cleaned_data["code"])
        except ValidationError:
            return None
    return Choice(topic, form.cleaned_data["language"], form.cleaned_data["interpreter"],
                  form.cleaned_data["emergency"], code, form.cleaned_data["code"])


def _url(name: str, desk: Desk, *args) -> str:
    return reverse(f"public:{name}", args=[desk.slug, *args])


def not_found(request, desk: Desk | None = None):
    return render(request, "public/booking/not_found.html", {"desk": desk}, status=404)


@for_desk
def topic(request, desk: Desk):
    topics = list(_topics(desk))
    form = TopicForm(request.GET or None, topics=topics)
    if form.is_bound and form.is_valid():
        return redirect(_url("booking_preferences", desk) + "?" + urlencode(
            {"topic": form.cleaned_data["topic"]}))
    return render(request, "public/booking/topic.html", {"desk": desk, "form": form},
                  status=400 if form.is_bound else 200)


@for_desk
def preferences(request, desk: Desk):
    chosen = _topics(desk).filter(key=request.GET.get("topic", "")).first()
    if chosen is None:
        return redirect(_url("booking_topic", desk))
    submitted = "language" in request.GET
    form = PreferencesForm(request.GET if submitted else None,
                           initial={"language": translation.get_language()})
    if submitted and form.is_valid():
        try:
            if form.cleaned_data["code"]:
                booking.find_code(desk, form.cleaned_data["code"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            return redirect(_url("booking_slots", desk) + "?" + request.GET.urlencode())
    return render(request, "public/booking/preferences.html",
                  {"desk": desk, "form": form, "topic": chosen},
                  status=400 if submitted else 200)


def _free_starts(desk: Desk, choice: Choice) -> list[booking.FreeStart]:
    booking.expire_holds()
    return booking.free_starts(desk, choice.topic, choice.access)


def _slots_page(request, desk: Desk, choice: Choice, status: int = 200, error: str = "",
                starts: list[booking.FreeStart] | None = None):
    days = booking.days_of(_free_starts(desk, choice) if starts is None else starts)
    return render(request, "public/booking/slots.html", {
        "desk": desk, "choice": choice, "days": days, "error": error,
        "query": choice.query()}, status=status)


@for_desk
def slots(request, desk: Desk):
    choice = _choice(request, desk)
    if choice is None:
        return redirect(_url("booking_topic", desk))
    if "slot" in request.GET:
        if request.GET["slot"].isdigit():
            return redirect(_url("booking_details", desk) + choice.query(slot=request.GET["slot"]))
        return _slots_page(request, desk, choice, 400, _("Bitte wählen Sie einen Termin."))
    return _slots_page(request, desk, choice)


@for_desk
@rate_limit("booking")
@require_http_methods(["GET", "POST"])
def details(request, desk: Desk):
    choice = _choice(request, desk)
    slot = request.GET.get("slot", "")
    if choice is None or not slot.isdigit():
        return redirect(_url("booking_topic", desk))
    # One read of the free times serves the check and the answer: most POSTs of a burst are for
    # a time just taken, and their visitors see the free times at once (409). booking.book checks
    # the slot again itself; the unique claim decides races.
    starts = _free_starts(desk, choice)
    start = next((s for s in starts if s.slot_pk == int(slot)), None)
    if start is None:
        return _slots_page(request, desk, choice, 409, str(booking.SlotTaken.message), starts)
    initial = {"name": str(choice.code.person)} if choice.code else {}
    form = VisitorForm(request.POST if request.method == "POST" else None, initial=initial)
    context = {"desk": desk, "choice": choice, "form": form, "query": choice.query(slot=slot),
               "start": start}
    if request.method != "POST":
        return render(request, "public/booking/details.html", context)
    refused = _abuse_checks(request, form)
    if refused:
        form.add_error(None, refused)
    elif form.is_valid():
        data = form.cleaned_data
        visitor = booking.Visitor(data["name"], data["birth_date"], data["email"], data["phone"],
                                  choice.language, choice.interpreter)
        try:
            booked = booking.book(desk, choice.topic, int(slot), visitor, emergency=choice.emergency,
                                  code=choice.code, request=request)
        except booking.SlotTaken:
            return _slots_page(request, desk, choice, 409, str(booking.SlotTaken.message))
        except ValidationError as error:
            add_errors(form, error)
        else:
            if booked.needs_confirmation:
                return redirect(_url("booking_sent", desk))
            return redirect(_url("booking_manage", desk, booked.manage_token) + "?neu=1")
    return render(request, "public/booking/details.html", context, status=400)


@for_desk
def sent(request, desk: Desk):
    return render(request, "public/booking/sent.html", {"desk": desk})


@for_desk
@rate_limit("booking-manage")
@require_http_methods(["GET", "POST"])
def confirm(request, desk: Desk, token: str):
    """GET shows a button (mail scanners follow links); only the POST confirms."""
    from wegweiser.counselling.models import Appointment

    held = Appointment.objects.filter(desk=desk, confirm_token=booking.hash_token(token),
                                      status=AppointmentStatus.HELD).exclude(
        confirm_token="").select_related("topic").first()
    if held is None:
        return not_found(request, desk)
    if request.method == "GET":
        return render(request, "public/booking/confirm.html", {"desk": desk, "appointment": held})
    try:
        confirmed = booking.confirm(desk, token)
    except booking.TokenInvalid:
        return not_found(request, desk)
    except ValidationError as error:
        return render(request, "public/booking/expired.html",
                      {"desk": desk, "message": error.messages[0]}, status=410)
    return redirect(_url("booking_manage", desk, confirmed.manage_token) + "?neu=1")


def _own(desk: Desk, token: str):
    try:
        return booking.by_manage_token(desk, token)
    except booking.TokenInvalid:
        return None


def _manage_page(request, desk: Desk, appointment, token: str, status: int = 200, error: str = ""):
    access = booking.access_for(emergency=bool(appointment.emergency_reason),
                                code=appointment.booking_code)
    changeable = appointment.status in booking.OPEN
    days = booking.days_of(booking.free_starts(desk, appointment.topic, access)) if changeable else []
    return render(request, "public/booking/manage.html", {
        "desk": desk, "appointment": appointment, "token": token, "days": days, "error": error,
        "changeable": changeable, "new": request.GET.get("neu") == "1",
        "status_text": STATUS_TEXT.get(appointment.status, "")}, status=status)


@for_desk
def manage(request, desk: Desk, token: str):
    appointment = _own(desk, token)
    if appointment is None:
        return not_found(request, desk)
    return _manage_page(request, desk, appointment, token)


@for_desk
@rate_limit("booking-manage")
@require_POST
def cancel(request, desk: Desk, token: str):
    appointment = _own(desk, token)
    if appointment is None:
        return not_found(request, desk)
    try:
        booking.cancel(appointment, request=request)
    except ValidationError as error:
        return _manage_page(request, desk, appointment, token, 400, error.messages[0])
    return render(request, "public/booking/cancelled.html", {"desk": desk,
                                                             "appointment": appointment})


@for_desk
@rate_limit("booking-manage")
@require_POST
def rebook(request, desk: Desk, token: str):
    appointment = _own(desk, token)
    if appointment is None:
        return not_found(request, desk)
    slot = request.POST.get("slot", "")
    if not slot.isdigit():
        return _manage_page(request, desk, appointment, token, 400,
                            _("Bitte wählen Sie einen neuen Termin."))
    try:
        booking.rebook(appointment, int(slot), request=request)
    except booking.SlotTaken:
        return _manage_page(request, desk, appointment, token, 409,
                            str(booking.SlotTaken.message))
    except ValidationError as error:
        return _manage_page(request, desk, appointment, token, 400, error.messages[0])
    return redirect(_url("booking_manage", desk, token) + "?verschoben=1")


@for_desk
@rate_limit("booking-waitlist")
@require_http_methods(["GET", "POST"])
def waitlist(request, desk: Desk):
    chosen = _topics(desk).filter(key=request.GET.get("topic", "")).first()
    if chosen is None:
        return redirect(_url("booking_topic", desk))
    form = WaitlistForm(request.POST if request.method == "POST" else None)
    context = {"desk": desk, "topic": chosen, "form": form}
    if request.method != "POST":
        return render(request, "public/booking/waitlist.html", context)
    refused = _abuse_checks(request, form)
    if refused:
        form.add_error(None, refused)
    elif form.is_valid():
        data = form.cleaned_data
        visitor = booking.Visitor(data["name"], data["birth_date"], data["email"], data["phone"],
                                  translation.get_language())
        try:
            entry, _token = booking.join_waitlist(desk, chosen, visitor)
        except ValidationError as error:
            add_errors(form, error)
        else:
            return render(request, "public/booking/waitlist_joined.html", {
                **context, "by_phone": not entry.email, "phone": entry.phone})
    return render(request, "public/booking/waitlist.html", context, status=400)
