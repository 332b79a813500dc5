from django.conf import settings
from django.db.models import Max
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from wegweiser.counselling.models import Desk

from . import demo_mail, pathways

DEFAULT_RETENTION_DAYS = 30


def _desks():
    """Desks are public information (name, address, hours, phone)."""
    return Desk.unscoped.only("name", "slug", "address", "walk_in_hours", "phone").order_by("name")


def landing(request):
    """Choose a language and a desk; the ways to a right of residence and the help pages."""
    return render(request, "public/landing.html", {"desks": _desks()})


def booking_url() -> str:
    """Where "Termin zur Beratung buchen" leads: straight to the booking of the only desk, else to
    the list of desks on the start page (the visitor chooses)."""
    slugs = list(Desk.unscoped.values_list("slug", flat=True)[:2])
    if len(slugs) == 1:
        return reverse("public:booking_topic", args=[slugs[0]])
    return reverse("public:home") + "#beratungsstellen"


def pathway_list(request):
    return render(request, "public/pathway_list.html", {"pathways": pathways.all_pathways(),
                                                        "booking_url": booking_url()})


def pathway_detail(request, pathway_id: str):
    found = pathways.pathway(pathway_id)
    if found is None:
        raise Http404
    return render(request, "public/pathway_detail.html", {"pathway": found,
                                                           "booking_url": booking_url()})


def help_booking(request):
    return render(request, "public/help/booking.html", {"desks": _desks()})


def help_walk_in(request):
    return render(request, "public/help/walk_in.html", {"desks": _desks()})


def help_privacy(request):
    # The longest period of any desk, so that the page never promises less than is true.
    days = Desk.unscoped.aggregate(days=Max("retention_days"))["days"] or DEFAULT_RETENTION_DAYS
    return render(request, "public/help/privacy.html", {"retention_days": days})


def demo_mail_page(request):
    """The demo's outgoing mail (file backend), newest first. Off unless the demo turns it on:
    it shows mails, confirmation links included, to anyone."""
    if not settings.WEGWEISER_DEMO_MAIL_PAGE:
        raise Http404
    return render(request, "public/demo_mail.html", {"mails": demo_mail.outgoing_mails()})
