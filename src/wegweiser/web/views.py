from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import Role, can
from wegweiser.cases.models import Person, StatusKind
from wegweiser.cases.my_work import assigned_count, follow_ups_due
from wegweiser.cases.nationalities import nationality_name
from wegweiser.cases.queries import shift_months
from wegweiser.screening.summaries import my_worklist

from .charts import bar_chart

START_PAGES = [
    ("case.list", "cases:list"),
    ("aggregates.view", "web:overview"),
    ("audit.view", "audit:log"),
    ("case.import", "interop:import"),
]


@login_required
def home(request):
    """Caseworkers start on their own work; every other role on its main page."""
    if request.user.role == Role.CASEWORKER and can(request.user, "followup.manage"):
        return my_work(request)
    for action, url_name in START_PAGES:
        if can(request.user, action):
            return redirect(url_name)
    return render(request, "web/home.html")


def my_work(request):
    """Follow-ups due, the worklist's entry points for the own cases, and a search box."""
    user, today = request.user, timezone.localdate()
    run, entry_points = my_worklist(user) if can(user, "screening.worklist") else (None, [])
    context = {"follow_ups": follow_ups_due(user, today), "run": run,
               "entry_points": entry_points, "assigned": assigned_count(user), "today": today,
               "can_worklist": can(user, "screening.worklist")}
    return render(request, "web/my_work.html", context)


BANDS = [
    (0, 12, gettext_lazy("< 1 J.")),
    (12, 36, gettext_lazy("1–3 J.")),
    (36, 72, gettext_lazy("3–6 J.")),
    (72, 96, gettext_lazy("6–8 J.")),
    (96, 10_000, gettext_lazy("≥ 8 J.")),
]


@requires("aggregates.view")
def overview(request):
    """Aggregates only: no names, no file numbers (what controlling may see)."""
    today = timezone.localdate()
    persons = Person.objects.all()
    by_status = persons.values("current_status_kind").annotate(n=Count("id")).order_by("-n")
    by_nationality = persons.values("nationality").annotate(n=Count("id")).order_by("-n")[:12]
    by_town = persons.values("municipality__name").annotate(n=Count("id")).order_by("-n")
    bands = []
    for low, high, label in BANDS:
        n = persons.filter(
            duldung_chain_since__lte=shift_months(today, low),
            duldung_chain_since__gt=shift_months(today, high),
        ).count()
        bands.append((label, n))
    context = {
        "total": persons.count(),
        "bands_chart": bar_chart(bands, title=_("Dauer der Kettenduldung")),
        "status_rows": [(_status_label(r["current_status_kind"]), r["n"]) for r in by_status],
        "nationality_chart": bar_chart(
            [(nationality_name(r["nationality"]), r["n"]) for r in by_nationality],
            title=_("Staatsangehörigkeiten"),
        ),
        "town_rows": [(r["municipality__name"] or "–", r["n"]) for r in by_town],
    }
    return render(request, "web/overview.html", context)


def _status_label(kind: str) -> str:
    try:
        return str(StatusKind(kind).label)
    except ValueError:
        return "–"
