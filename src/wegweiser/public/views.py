from django.shortcuts import render

from wegweiser.counselling.models import Desk


def landing(request):
    """Choose a language and a desk. Desks are public information (name, address, hours)."""
    desks = Desk.unscoped.only("name", "slug", "address", "walk_in_hours").order_by("name")
    return render(request, "public/landing.html", {"desks": desks})
