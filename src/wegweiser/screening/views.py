"""Worklist, run start and progress, counts, rule catalogue."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.law.engine.verdict import VERDICT_TEXT, Verdict
from wegweiser.law.statute.catalogue import catalogue
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.web.query import understood_filters

from . import runs
from . import worklist as wl
from .comparison import compare
from .explain import CONSEQUENCE_TEXT, KIND_TEXT
from .law_texts import law_text
from .models import ScreeningRun
from .policy import from_snapshot, policy_for
from .policy import rows as policy_rows

PAGE_SIZE = 50


def _runs(request) -> tuple[ScreeningRun | None, ScreeningRun | None]:
    """The latest run (maybe still running) and the latest finished one."""
    latest = ScreeningRun.objects.select_related("started_by").order_by("-pk").first()
    done = ScreeningRun.objects.filter(status="done").order_by("-pk").first()
    return latest, done


@requires("screening.worklist")
def worklist(request):
    latest, run = _runs(request)
    form = wl.WorklistForm(request.GET or None)
    data, notices = understood_filters(form)
    context = {"form": form, "latest": latest, "run": run, "groups": wl.GROUPS,
               "group": data.get("group") or "met", "can_run": can(request.user, "screening.run"),
               "notices": notices}
    if run is not None:
        rows = wl.base_rows(run, data, request.user)
        page = Paginator(wl.listed(rows, data, run.as_of), PAGE_SIZE).get_page(
            request.GET.get("page"))
        context.update(_results(run, rows, page, request))
        context["comparison"] = compare(run, data, request.user)
    return render(request, "screening/worklist.html", context)


def _run_policy(run: ScreeningRun) -> dict:
    """The settings the run used, and whether they have been changed since."""
    used = from_snapshot(run.policy)
    return {"run_policy": policy_rows(used),
            "run_policy_outdated": used != policy_for(run.authority_id)}


def _results(run, rows, page, request) -> dict:
    query = request.GET.copy()
    query.pop("page", None)
    without_group = query.copy()
    without_group.pop("group", None)
    verdict_texts = {v.value: law_text(text) for v, text in VERDICT_TEXT.items()}
    return {
        "counts": wl.group_counts(rows, run.as_of),
        "page": page,
        "rows": [(r, PATHWAYS_BY_ID[r.pathway_id], verdict_texts[r.verdict]) for r in page],
        "query": query.urlencode(),
        "group_query": without_group.urlencode(),
        "pathway_chart": wl.pathway_chart(rows),
        "toleration_chart": wl.toleration_chart(rows),
        "threshold": settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS,
        **_run_policy(run),
    }


@require_POST
@requires("screening.run")
def start(request):
    latest, _done = _runs(request)
    if latest is not None and not latest.finished:
        messages.info(request, _("Es läuft bereits eine Prüfung."))
        return redirect("screening:worklist")
    if latest is not None and latest.abandoned:
        runs.give_up(latest)
    runs.start_run(request.user, timezone.localdate(), request)
    messages.success(request, _("Die Prüfung wurde gestartet."))
    return redirect("screening:worklist")


@requires("screening.worklist")
def progress(request):
    latest, _done = _runs(request)
    response = render(request, "screening/progress.html", {"latest": latest})
    if request.htmx and (latest is None or latest.finished):
        # The run is over: reload the page so that the worklist shows the new results.
        response["HX-Refresh"] = "true"
    return response


@requires("screening.aggregates")
def summary(request):
    """Counts and charts only - no names, no file numbers (what controlling may see)."""
    _latest, run = _runs(request)
    context: dict = {"run": run}
    if run is not None:
        rows = wl.base_rows(run, {}, request.user)
        context.update(counts=wl.group_counts(rows, run.as_of),
                       comparison=compare(run, {}, request.user),
                       pathway_chart=wl.pathway_chart(rows),
                       toleration_chart=wl.toleration_chart(rows),
                       threshold=settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS,
                       verdicts=_verdict_table(run),
                       verdict_labels=[law_text(VERDICT_TEXT[v]) for v in Verdict])
    return render(request, "screening/summary.html", context)


def _verdict_table(run: ScreeningRun) -> list[tuple[str, list[int]]]:
    counts = run.counts.get("verdicts", {})
    return [(p.norm, [counts.get(p.id, {}).get(v.value, 0) for v in Verdict])
            for p in PATHWAYS_BY_ID.values()]


@requires("screening.catalogue")
def rule_catalogue(request):
    as_of = timezone.localdate()
    # Thresholds that are settings (e.g. harmless gap) as this authority has set them.
    entries = catalogue(as_of, policy_for(request.user.authority_id))
    for entry in entries:
        entry["consequence_text"] = CONSEQUENCE_TEXT.get(entry["consequence"], "")
        for criterion in entry["criteria"]:
            criterion["kind_text"] = KIND_TEXT.get(criterion["kind"], criterion["kind"])
    return render(request, "screening/catalogue.html", {
        "entries": entries, "as_of": as_of,
        "can_see_policy": can(request.user, "screening.policy_view")})
