from django.contrib import messages
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.review.conferences import case_conferences
from wegweiser.web.query import understood_filters

from . import services
from .decision_queries import approval_subject, case_applications, closing_requests
from .family_forms import FamilyLinkForm
from .form_saving import save_form
from .forms import (
    FACT_KINDS,
    AsylumForm,
    CaseFilterForm,
    FollowUpForm,
    PersonForm,
    StatusPeriodForm,
    scoped_choices,
)
from .models import AsylumProcedure, FamilyLink, FollowUp, Person, StatusKind, StatusPeriod
from .my_work import my_approval_requests
from .nationalities import nationality_name
from .queries import chain_months, listed_ids
from .summary import case_summary
from .timeline import build_timeline

PAGE_SIZE = 50


@requires("case.list")
def case_list(request):
    form = CaseFilterForm(request.GET or None, authority_id=request.user.authority_id)
    data, notices = understood_filters(form)
    today = timezone.localdate()
    ids = listed_ids(Person.objects.all(), data, today)
    page = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
    # Labels resolved once per page: get_FOO_display per row re-translates every choice.
    status_labels = {kind: str(label) for kind, label in StatusKind.choices}
    rows = [
        (p, chain_months(p, today), nationality_name(p.nationality), status_labels.get(p.current_status_kind))
        for p in page_rows(page)
    ]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "query": query.urlencode(),
        "notices": notices,
    }
    template = "cases/case_list.html#results" if request.htmx else "cases/case_list.html"
    return render(request, template, context)


LIST_COLUMNS = [
    "file_number", "family_name", "given_names", "birth_date", "birth_date_precision",
    "nationality", "current_status_kind", "duldung_chain_since",
    "municipality__name", "assigned_to__first_name", "assigned_to__last_name",
]


def page_rows(page) -> list[Person]:
    """The page's persons, fetched by id after the narrow, sorted id query (a deferred join)."""
    ids = list(page.object_list)
    persons = Person.objects.filter(pk__in=ids).select_related("municipality", "assigned_to")
    by_id = {p.pk: p for p in persons.only(*LIST_COLUMNS)}
    return [by_id[pk] for pk in ids if pk in by_id]


def _person(request, pk) -> Person:
    return get_object_or_404(Person.objects.select_related("municipality", "assigned_to"), pk=pk)


@requires("case.view")
def case_detail(request, pk):
    person = _person(request, pk)
    services.view_case(request.user, person, request)
    show_criminal = can(request.user, "case.view_criminal")
    sections = []
    for kind in FACT_KINDS.values():
        if kind.criminal and not show_criminal:
            continue
        rows = kind.model.objects.filter(person=person).order_by("-pk")
        sections.append({"kind": kind, "rows": rows, "labels": _labels(kind)})
    periods = list(person.status_periods.all())
    follow_ups = list(person.follow_ups.select_related("assignee"))
    today = timezone.localdate()
    context = {
        "person": person,
        "summary": case_summary(person, periods, follow_ups, request.user, today),
        "nationality": nationality_name(person.nationality),
        "periods": periods,
        "timeline": build_timeline(periods, today),
        "asylum": AsylumProcedure.objects.filter(person=person).first(),
        "sections": sections,
        "follow_ups": follow_ups,
        "family": family_of(person),
        "can_edit": can(request.user, "case.edit"),
        "can_follow_up": can(request.user, "followup.manage"),
        "show_criminal": show_criminal,
        "today": today,
        **decision_context(request.user, person),
        "conference_items": case_conferences(person),  # lazy: read only if the role sees it
    }
    return render(request, "cases/case_detail.html", context)


def decision_context(user, person: Person) -> dict:
    """The section "Anträge und Entscheidungen", for roles that may see decisions."""
    if not can(user, "decision.view"):
        return {"show_decisions": False}
    return {"show_decisions": True, "applications": case_applications(person),
            "closings": closing_requests(person), "can_decide": can(user, "decision.edit"),
            "can_answer": can(user, "approval.answer")}


def family_of(person: Person) -> list[tuple[str, Person, FamilyLink]]:
    """Every linked relative once, named from this person's point of view.

    Spouses are often linked in both directions (the demo, imports); that is one spouse.
    """
    links = FamilyLink.objects.filter(Q(person=person) | Q(relative=person)).select_related(
        "person", "relative"
    ).order_by("pk")
    rows: dict[tuple[int, str], tuple[str, Person, FamilyLink]] = {}
    for link in links:
        outgoing = link.person_id == person.pk
        other = link.relative if outgoing else link.person
        if link.relation == "spouse":
            kind, label = "spouse", _("Ehe-/Lebenspartner/in")
        else:
            kind, label = ("child", _("Kind")) if outgoing else ("parent", _("Elternteil"))
        rows.setdefault((other.pk, kind), (label, other, link))
    return list(rows.values())


def _labels(kind):
    return [kind.model._meta.get_field(name).verbose_name for name in kind.columns]


@requires("case.history")
def case_history(request, pk):
    person = _person(request, pk)
    services.view_case(request.user, person, request, part="history")
    changes = []
    for record in person.history.select_related("history_user").order_by("-history_date")[:200]:
        previous = record.prev_record
        delta = record.diff_against(previous).changes if previous else []
        changes.append({"record": record, "changes": delta})
    periods = StatusPeriod.history.filter(person_id=person.pk).select_related("history_user")
    return render(
        request,
        "cases/case_history.html",
        {
            "person": person,
            "changes": changes,
            "period_changes": periods.order_by("-history_date")[:200],
        },
    )


@requires("case.edit")
def person_edit(request, pk=None):
    person = _person(request, pk) if pk else Person(authority_id=request.user.authority_id)
    form = PersonForm(request.POST or None, instance=person)
    scoped_choices(form, request.user.authority_id)
    context = {"person": person if pk else None, "title": _("Stammdaten bearbeiten")}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, "cases/person_form.html", context)
    return render(request, "cases/person_form.html", {**context, "form": form})


@requires("case.edit")
def period_edit(request, pk, period_pk=None):
    person = _person(request, pk)
    period = (
        get_object_or_404(StatusPeriod, pk=period_pk, person=person)
        if period_pk
        else StatusPeriod(person=person, authority_id=person.authority_id)
    )
    form = StatusPeriodForm(request.POST or None, instance=period)
    context = {"person": person, "title": _("Aufenthaltsstatus")}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, "cases/record_form.html", context)
    return render(request, "cases/record_form.html", {**context, "form": form})


@requires("case.edit")
def asylum_edit(request, pk):
    person = _person(request, pk)
    asylum = AsylumProcedure.objects.filter(person=person).first() or AsylumProcedure(
        person=person, authority_id=person.authority_id
    )
    form = AsylumForm(request.POST or None, instance=asylum)
    context = {"person": person, "title": _("Asylverfahren")}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, "cases/record_form.html", context)
    return render(request, "cases/record_form.html", {**context, "form": form})


def _fact_kind(request, kind_slug):
    kind = FACT_KINDS.get(kind_slug)
    if kind is None:
        raise Http404
    if kind.criminal and not can(request.user, "case.view_criminal"):
        raise Http404
    return kind


@requires("case.edit")
def fact_edit(request, pk, kind_slug, fact_pk=None):
    person = _person(request, pk)
    kind = _fact_kind(request, kind_slug)
    fact = (
        get_object_or_404(kind.model, pk=fact_pk, person=person)
        if fact_pk
        else kind.model(person=person, authority_id=person.authority_id)
    )
    form = kind.form_class(request.POST or None, instance=fact)
    context = {"person": person, "title": kind.title}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, "cases/record_form.html", context)
    return render(request, "cases/record_form.html", {**context, "form": form})


@require_POST
@requires("case.edit")
def record_delete(request, pk, kind_slug, record_pk):
    person = _person(request, pk)
    delete = services.delete_record
    if kind_slug == "family":
        instance = get_object_or_404(
            FamilyLink, Q(person=person) | Q(relative=person), pk=record_pk
        )
        delete = services.delete_family_link
    else:
        model = StatusPeriod if kind_slug == "period" else _fact_kind(request, kind_slug).model
        instance = get_object_or_404(model, pk=record_pk, person=person)
    try:
        delete(request.user, instance, _int(request.POST.get("version")), request)
    except services.ConflictError:
        messages.error(request, services.conflict_message())
    else:
        messages.success(request, _("Eintrag gelöscht."))
    return redirect("cases:detail", pk=person.pk)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@requires("case.edit")
def family_link_add(request, pk):
    person = _person(request, pk)
    form = FamilyLinkForm(request.POST or None, person=person)
    context = {"person": person, "title": _("Familienangehörige verknüpfen")}
    if request.method == "POST" and form.is_valid():
        try:
            services.save_record(request.user, form.link(), None, request)
        except IntegrityError:
            form.add_error(None, _("Diese Verknüpfung besteht bereits."))
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("cases:detail", pk=person.pk)
    return render(request, "cases/record_form.html", {**context, "form": form},
                  status=400 if form.errors else 200)


@requires("followup.manage")
def follow_up_add(request, pk):
    person = _person(request, pk)
    follow_up = FollowUp(
        person=person,
        authority_id=person.authority_id,
        created_by=request.user,
        assignee=request.user,
    )
    initial = {"reason": request.GET.get("reason", "")[:300], "assignee": request.user.pk}
    form = FollowUpForm(request.POST or None, instance=follow_up, initial=initial)
    scoped_choices(form, request.user.authority_id)
    context = {"person": person, "title": _("Wiedervorlage anlegen")}
    if request.method == "POST" and form.is_valid():
        return save_form(request, form, person, "cases/record_form.html", context)
    return render(request, "cases/record_form.html", {**context, "form": form})


@require_POST
@requires("followup.manage")
def follow_up_done(request, follow_up_pk):
    follow_up = get_object_or_404(FollowUp, pk=follow_up_pk)
    try:
        services.complete_follow_up(request.user, follow_up, _int(request.POST.get("version")) or 0, request)
    except services.ConflictError:
        messages.error(request, services.conflict_message())
    else:
        messages.success(request, _("Wiedervorlage erledigt."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "cases:my_follow_ups"
    return redirect(target)


@requires("followup.manage")
def my_follow_ups(request):
    today = timezone.localdate()
    open_items = (
        FollowUp.objects.filter(assignee=request.user, done=False)
        .select_related("person")
        .order_by("due_date")
    )
    overdue = [f for f in open_items if f.due_date < today]
    upcoming = [f for f in open_items if f.due_date >= today]
    approvals = [(a, approval_subject(a)) for a in my_approval_requests(request.user)]
    return render(
        request,
        "cases/my_follow_ups.html",
        {"overdue": overdue, "upcoming": upcoming, "today": today, "approvals": approvals},
    )
