"""Decision practice: figures by period, norm and team (head, controlling); consistency alerts
and missed discretion, which name persons (head of department only)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.models import Team
from wegweiser.accounts.roles import can
from wegweiser.cases.models import Person
from wegweiser.interop.exporting import figures_csv_response
from wegweiser.law.engine.verdict import VERDICT_TEXT
from wegweiser.screening.law_texts import law_text
from wegweiser.web.query import understood_filters

from . import consistency, missed_discretion, practice_hooks
from . import practice_tables as tables
from .models import Constellation
from .models.conference import ProposalSource
from .practice import Figures, Selection
from .practice_cache import cached_figures
from .practice_forms import PracticeForm, selection_from

PAGE_SIZE = 25


def _selection(request, for_cases: bool = False) -> tuple[PracticeForm, Selection, list[str]]:
    form = PracticeForm(request.GET or None, authority_id=request.user.authority_id,
                        with_constellations=practice_hooks.constellations_available(),
                        for_cases=for_cases)
    # The alerts are reached with the figures' filters; grain and team do not apply there.
    data, notices = understood_filters(form, ("page", "grain", "team") if for_cases else ("page",))
    members = None
    if data.get("constellation"):
        members = practice_hooks.constellation_members(
            Constellation.objects.get(pk=data["constellation"]))
    selection = selection_from(data, timezone.localdate(), notices, members, for_cases)
    return form, selection, notices


def _figures(request) -> tuple[PracticeForm, Figures, list[str]]:
    form, selection, notices = _selection(request)
    result = cached_figures(selection, settings.WEGWEISER_TEAM_MIN_DECISIONS,
                            request.user.authority_id)
    tables.label(result, _team_names(request))
    return form, result, notices


def _team_names(request) -> dict[int | None, str]:
    names: dict[int | None, str] = dict(
        Team.objects.filter(authority_id=request.user.authority_id).values_list("pk", "name"))
    names[None] = _("ohne Team")
    return names


@requires("practice.view")
def practice(request):
    """Figures only: no names, no file numbers (what controlling may see)."""
    form, result, notices = _figures(request)
    query = request.GET.urlencode()
    return render(request, "review/practice.html", {
        "form": form, "figures": result, "notices": notices, "query": query,
        "charts": tables.charts(result), "minimum": result.minimum,
        "can_see_cases": can(request.user, "practice.cases")})


@requires("practice.view")
def practice_export(request):
    """The page's figures as CSV (formula-safe, as every export), same filters."""
    _form, result, _notices = _figures(request)
    day = timezone.localdate().isoformat()
    return figures_csv_response(tables.csv_header(), tables.csv_rows(result),
                                f"entscheidungspraxis-{day}.csv")


def _names_visible(request) -> bool:
    return can(request.user, "case.view")


@requires("practice.cases")
def consistency_alerts(request):
    form, selection, notices = _selection(request, for_cases=True)
    refusals = consistency.alerts(selection.start, selection.end, selection.person_ids)
    if selection.pathway_id is not None:
        refusals = refusals.filter(pathway_id=selection.pathway_id)
    # The window query runs once: its narrow rows are paged in memory, not counted again.
    page = Paginator(list(refusals), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    alerts = consistency.with_counterparts(list(page))
    _describe([d for alert in alerts for d in (alert.refused, alert.granted) if d is not None])
    return render(request, "review/practice_alerts.html", {
        "form": form, "notices": notices, "selection": selection, "page": page,
        "alerts": alerts, "query": query.urlencode(), "show_names": _names_visible(request),
        "can_propose": _can_propose(request)})


@requires("practice.cases")
def missed(request):
    run = missed_discretion.latest_run()
    context: dict = {"run": run, "show_names": _names_visible(request),
                     "can_propose": _can_propose(request)}
    if run is not None:
        page = Paginator(list(missed_discretion.last_refusals(run)), PAGE_SIZE).get_page(
            request.GET.get("page"))
        entries = missed_discretion.entries(run, list(page))
        _describe([entry.refusal for entry in entries])
        _describe([result for entry in entries for result in entry.open_now])
        context.update(page=page, entries=entries)
    return render(request, "review/practice_missed.html", context)


def _can_propose(request) -> bool:
    return practice_hooks.proposer() is not None and can(request.user, "conference.propose")


QUESTIONS = {
    ProposalSource.CONSISTENCY: "Ähnliche Fälle wurden unterschiedlich entschieden (Hinweis der "
                                "Entscheidungspraxis): Ist die Ablehnung mit der Praxis vereinbar?",
    ProposalSource.SCREENING_MAY: "Zuletzt abgelehnt, die Prüfung zeigt jetzt einen eröffneten "
                                  "Weg: Ermessen neu ausüben?",
}


@require_POST
@requires("practice.cases")
def propose(request, pk):
    """Propose a person for the next case conference (review.conferences, if it exists)."""
    person = get_object_or_404(Person, pk=pk)
    propose_case = practice_hooks.proposer()
    source = request.POST.get("source", "")
    if propose_case is None or source not in QUESTIONS or not can(request.user,
                                                                   "conference.propose"):
        raise Http404
    try:
        propose_case(person, source, QUESTIONS[ProposalSource(source)], user=request.user,
                     request=request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Für die nächste Fallkonferenz vorgeschlagen: %(file)s.") % {
            "file": person.file_number})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "review:practice_missed"
    return redirect(target)


def _describe(rows: list) -> None:
    """Labels for the templates: norm, verdict and reasons of decisions or screening results."""
    verdicts = {v.value: law_text(text) for v, text in VERDICT_TEXT.items()}
    for row in rows:
        row.norm_label = tables.norm_label(row.pathway_id)
        verdict = str(getattr(row, "snapshot_verdict", None) or getattr(row, "verdict", ""))
        row.verdict_label = verdicts.get(verdict, verdict)
        row.reason_labels = [practice_hooks.reason_label(code)
                             for code in getattr(row, "reasons", None) or []]
