from django.shortcuts import get_object_or_404, render

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can

from .models import Desk


def desk_of(desk_pk: int) -> Desk:
    """The desk of the request's authority; another authority's desk does not exist (404)."""
    return get_object_or_404(Desk.objects, pk=desk_pk)


def staff_book_url(desk: Desk) -> str | None:
    """The booking page of the `booking` slice, where it exists (integrated separately)."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("counselling:book", args=[desk.pk])
    except NoReverseMatch:
        return None


@requires("desk.view")
def home(request):
    """The desks of the authority; each leads to its calendar, queue and statistics."""
    desks = [{"desk": desk, "book_url": staff_book_url(desk)} for desk in Desk.objects.all()]
    return render(request, "counselling/home.html", {
        "desks": desks, "can_queue": can(request.user, "desk.queue"),
        "can_configure": can(request.user, "desk.configure"),
        "can_statistics": can(request.user, "desk.statistics"),
        "can_book": can(request.user, "desk.book")})
