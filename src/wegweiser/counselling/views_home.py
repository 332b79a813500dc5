from django.shortcuts import render

from wegweiser.accounts.decorators import requires

from .models import Desk


@requires("desk.view")
def home(request):
    """The desks of the authority; each leads to its calendar, queue and statistics."""
    return render(request, "counselling/home.html", {"desks": Desk.objects.all()})
