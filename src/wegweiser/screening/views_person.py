"""One person: the explanation of every verdict, follow-ups from missing facts, the assessment."""

from datetime import timedelta

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases import services
from wegweiser.cases.form_saving import save_form
from wegweiser.cases.forms import AssessmentForm
from wegweiser.cases.models import Assessment, FollowUp, Person
from wegweiser.law.engine.verdict import VERDICT_TEXT
from wegweiser.law.statute.blockers import ALL_BLOCKERS
from wegweiser.law.statute.parameters import DEFAULT_POLICY
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.web.query import as_of_from_query

from .explain import (
    CONSEQUENCE_TEXT,
    CRIMINAL_FACTS,
    criterion_rows,
    follow_up_reason,
    known_fact,
)
from .fact_links import fact_links
from .law_texts import law_text
from .open_facts import missing_of
from .single import evaluate_person

FOLLOW_UP_DAYS = 14
OPEN_VERDICTS = {"entitlement", "should", "may", "pending_time", "unknown"}


def _person(pk) -> Person:
    return get_object_or_404(Person.objects.select_related("assigned_to"), pk=pk)


@requires("screening.explain")
def explanation(request, pk):
    person = _person(pk)
    services.view_case(request.user, person, request, part="screening")
    as_of, as_of_problem = as_of_from_query(request.GET.get("as_of"), timezone.localdate())
    if as_of_problem:
        messages.error(request, as_of_problem)
    show_criminal = can(request.user, "case.view_criminal")
    evaluation = evaluate_person(person, as_of, show_criminal)
    policy, features, verdict = evaluation.policy, evaluation.features, evaluation.verdict
    pathways = []
    for result in verdict.pathways:
        pathway = PATHWAYS_BY_ID[result.pathway_id]
        rows = criterion_rows(pathway.criteria, result.criteria, show_criminal)
        pathways.append({"result": result, "verdict_text": law_text(VERDICT_TEXT[result.verdict]),
                         "consequence": CONSEQUENCE_TEXT[pathway.consequence],
                         "open": result.verdict in OPEN_VERDICTS, "rows": rows,
                         "deciding": [r for r in rows if r.criterion.id in result.deciding],
                         "floor_text": law_text(VERDICT_TEXT[result.floor]) if result.floor else ""})
    missing = missing_of(verdict, features, person, as_of, policy, show_criminal)
    can_edit = can(request.user, "case.edit")
    context = {
        "person": person, "as_of": as_of, "pathways": pathways,
        "blockers": criterion_rows(tuple(ALL_BLOCKERS), verdict.blockers, show_criminal),
        "missing": [(m, fact_links(m.key, m.features, person, as_of, m.records) if can_edit else [])
                    for m in missing],
        "can_follow_up": can(request.user, "followup.manage"), "can_edit": can_edit,
        "perms_worklist": can(request.user, "screening.worklist"),
        "policy_changed": policy != DEFAULT_POLICY,
        "can_see_policy": can(request.user, "screening.policy_view"),
        "without_criminal_record": not show_criminal,
    }
    return render(request, "screening/explanation.html", context,
                  status=400 if as_of_problem else 200)


@require_POST
@requires("followup.manage")
def follow_up_from_fact(request, pk):
    """One click: a Wiedervorlage for a missing fact, due in two weeks, for the clicking user."""
    person = _person(pk)
    fact = request.POST.get("fact", "")
    if not known_fact(fact) or (fact in CRIMINAL_FACTS and not can(request.user, "case.view_criminal")):
        return HttpResponseBadRequest(_("Unbekannte Angabe; es wurde keine Wiedervorlage angelegt."))
    follow_up = FollowUp(person=person, authority_id=person.authority_id, created_by=request.user,
                         assignee=request.user, reason=follow_up_reason(fact)[:300],
                         due_date=timezone.localdate() + timedelta(days=FOLLOW_UP_DAYS))
    services.save_record(request.user, follow_up, None, request)
    messages.success(request, _("Wiedervorlage angelegt: %(reason)s (fällig am %(due)s).") % {
        "reason": follow_up.reason, "due": follow_up.due_date.strftime("%d.%m.%Y")})
    return redirect("screening:explain", pk=person.pk)


@requires("case.edit")
def assessment_edit(request, pk):
    person = _person(pk)
    assessment = Assessment.objects.filter(person=person).first() or Assessment(
        person=person, authority_id=person.authority_id)
    form = AssessmentForm(request.POST or None, instance=assessment,
                          show_criminal=can(request.user, "case.view_criminal"))
    context = {"person": person, "title": _("Rechtliche Einschätzung")}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, "cases/record_form.html", context)
    return render(request, "cases/record_form.html", {**context, "form": form})
