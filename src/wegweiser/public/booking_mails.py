"""E-mails to visitors, in the language they booked in: plain text, short sentences, full links.

Links are absolute (WEGWEISER_PUBLIC_BASE_URL); only the e-mail holds the plain token.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wegweiser.counselling.models import Appointment
from wegweiser.counselling.slots import local_zone

from .topics import topic_name


def base_url() -> str:
    return getattr(settings, "WEGWEISER_PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")


def link(name: str, appointment: Appointment, token: str) -> str:
    return base_url() + reverse(f"public:{name}", args=[appointment.desk.slug, token])


def when(appointment: Appointment) -> str:
    start = timezone.localtime(appointment.starts_at, local_zone())
    return f'{formats.date_format(start, "l, j. F Y")}, {formats.time_format(start, "H:i")}'


def send(kind: str, appointment: Appointment, token: str = "") -> None:
    """One mail of `kind`: confirm_link, confirmation, rebooked, reminder, cancellation,
    waitlist_offer."""
    if not appointment.email:
        return
    with translation.override(appointment.language or "de"):
        subject, lines = _COMPOSE[kind](appointment, token)
        desk = appointment.desk
        footer = [desk.name, desk.address.replace("\n", ", ")]
        if desk.phone:
            footer.append(_("Telefon: %(phone)s") % {"phone": desk.phone})
        body = "\n".join([_("Guten Tag %(name)s,") % {"name": appointment.name}, "", *lines, "",
                          *[line for line in footer if line]])
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [appointment.email])


def _facts(appointment: Appointment) -> list[str]:
    return [_("Termin: %(when)s") % {"when": when(appointment)},
            _("Anliegen: %(topic)s") % {"topic": topic_name(appointment.topic)}]


def _confirm_link(appointment: Appointment, token: str) -> tuple[str, list[str]]:
    return _("Bitte bestätigen Sie Ihren Termin"), [
        _("Sie haben einen Termin reserviert."), *_facts(appointment), "",
        _("Bitte bestätigen Sie den Termin mit diesem Link:"),
        link("booking_confirm", appointment, token), "",
        ngettext("Der Link gilt %(minutes)s Minute. Danach geben wir den Termin wieder frei.",
                 "Der Link gilt %(minutes)s Minuten. Danach geben wir den Termin wieder frei.",
                 appointment.desk.hold_minutes) % {"minutes": appointment.desk.hold_minutes},
    ]


def _confirmation(appointment: Appointment, token: str) -> tuple[str, list[str]]:
    lines = [_("Ihr Termin ist bestätigt."), *_facts(appointment), "",
             _("Bitte bringen Sie Ihren Pass oder Ihre Duldung mit.")]
    if token:
        lines += ["", _("Absagen oder verschieben:"), link("booking_manage", appointment, token)]
    return _("Ihr Termin ist bestätigt"), lines


def _rebooked(appointment: Appointment, token: str) -> tuple[str, list[str]]:
    return _("Ihr Termin wurde verschoben"), [_("Ihr Termin wurde verschoben."),
                                              *_facts(appointment)]


def _reminder(appointment: Appointment, token: str) -> tuple[str, list[str]]:
    return _("Erinnerung: Ihr Termin morgen"), [
        _("Wir erinnern Sie an Ihren Termin morgen."), *_facts(appointment), "",
        _("Sie können nicht kommen? Bitte sagen Sie ab. Den Link finden Sie in der "
          "Bestätigung."),
    ]


def _cancellation(appointment: Appointment, token: str) -> tuple[str, list[str]]:
    return _("Ihr Termin ist abgesagt"), [_("Ihr Termin ist abgesagt."), *_facts(appointment), "",
                                          _("Sie brauchen einen neuen Termin? Buchen Sie einfach "
                                            "neu.")]


def _waitlist_offer(appointment: Appointment, token: str) -> tuple[str, list[str]]:
    deadline = timezone.localtime(appointment.hold_expires_at, local_zone())
    return _("Ein Termin ist frei geworden"), [
        _("Ein Termin ist frei geworden. Wir halten ihn für Sie."), *_facts(appointment), "",
        _("Sie möchten den Termin? Dann bestätigen Sie ihn mit diesem Link:"),
        link("booking_confirm", appointment, token), "",
        _("Bitte bestätigen Sie bis %(deadline)s. Sonst bekommt die nächste Person auf der "
          "Warteliste den Termin.") % {"deadline": formats.time_format(deadline, "H:i")
                                       + " " + formats.date_format(deadline, "j. F Y")},
    ]


_COMPOSE = {
    "confirm_link": _confirm_link,
    "confirmation": _confirmation,
    "rebooked": _rebooked,
    "reminder": _reminder,
    "cancellation": _cancellation,
    "waitlist_offer": _waitlist_offer,
}
