"""Pages of the case conferences: list, plan, agenda from proposals, items, outcome, minutes.

Views read and render; every change goes through review.conferences. Rows of another authority
are 404 (scoped managers), a role without the action 403 (@requires).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.form_saving import add_errors
from wegweiser.cases.models import Person

from . import conferences as svc
from . import proposals
from .forms import ActionForm, ConferenceForm, ItemForm, OutcomeForm, ProposeForm
from .minutes import minutes_pdf
from .models import AgendaItem, Conference, Proposal
from .models.conference import ConferenceStatus, ProposalSource, ProposalStatus
from .preparation import for_display
from .pseudonyms import PERSON_COLUMNS

PAGE_SIZE = 25


def _conference(pk) -> Conference:
    return get_object_or_404(svc.conferences().select_related("chair"), pk=pk)


def _item(pk) -> AgendaItem:
    items = AgendaItem.objects.select_related("conference", "person", "person__assigned_to")
    return get_object_or_404(items.defer("conference__minutes_pdf"), pk=pk)


def _posted(request, name: str) -> int:
    """A posted row id; anything else finds no row (404)."""
    value = request.POST.get(name, "")
    return int(value) if value.isdigit() else 0


def _version(request) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


def _attempt(request, action, *args, success: str) -> bool:
    """Run one change; a refused one (rule, newer version) becomes a message, nothing saved."""
    try:
        action(request.user, *args, request=request)
    except svc.ConflictError:
        messages.error(request, _(svc.ConflictError.message))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, success)
        return True
    return False


def _form_failed(request, form, error: Exception) -> int:
    if isinstance(error, svc.ConflictError):
        form.add_error(None, _(svc.ConflictError.message))
        return 409
    add_errors(form, error)  # type: ignore[arg-type]
    return 400


# --- list and planning --------------------------------------------------------------------

@requires("conference.view")
def conference_list(request):
    rows = svc.conferences().select_related("chair").order_by("-held_on", "-pk")
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "review/conference_list.html", {
        "page": page, "can_manage": can(request.user, "conference.manage")})


@requires("conference.manage")
def conference_edit(request, conference_pk=None):
    conference = (_conference(conference_pk) if conference_pk else
                  Conference(authority_id=request.user.authority_id, chair=request.user))
    form = ConferenceForm(request.POST or None, instance=conference,
                          authority_id=request.user.authority_id)
    if conference.status == ConferenceStatus.APPROVED:
        messages.error(request, _("Das Protokoll ist genehmigt; die Konferenz wird nicht mehr "
                                  "geändert."))
        return redirect("review:conference", conference_pk=conference.pk)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            svc.plan_conference(request.user, form.instance, data.get("version"),
                                data["participants"], data["externals"], request=request)
        except (svc.ConflictError, ValidationError) as error:
            status = _form_failed(request, form, error)
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("review:conference", conference_pk=form.instance.pk)
    elif request.method == "POST":
        status = 400
    title = _("Fallkonferenz bearbeiten") if conference_pk else _("Fallkonferenz planen")
    return render(request, "review/conference_form.html",
                  {"form": form, "conference": conference if conference_pk else None,
                   "title": title}, status=status)


@requires("conference.view")
def conference_detail(request, conference_pk):
    conference = _conference(conference_pk)
    items = list(AgendaItem.objects.filter(conference=conference).select_related("person")
                 .only("position", "question", "recommendation", "version", "conference",
                       *[f"person__{c}" for c in PERSON_COLUMNS if c != "pk"], "person")
                 .order_by("position"))
    manage = can(request.user, "conference.manage")
    return render(request, "review/conference_detail.html", {
        "conference": conference, "items": items,
        "participants": conference.participants.order_by("last_name", "first_name"),
        "externals": conference.external_participants.all(),
        "earlier": svc.earlier_recommendations(conference),
        "can_manage": manage and conference.status != ConferenceStatus.APPROVED,
        "can_order": manage and conference.status != ConferenceStatus.APPROVED,
        "can_add": manage and conference.status == ConferenceStatus.PLANNED,
        "can_hold": manage and conference.status == ConferenceStatus.PLANNED,
        "can_approve": (manage and conference.status == ConferenceStatus.HELD
                        and conference.chair_id == request.user.pk),
        "manage": manage,
    })


# --- proposals and the agenda -------------------------------------------------------------

@requires("conference.manage")
def conference_proposals(request, conference_pk):
    conference = _conference(conference_pk)
    source = request.GET.get("herkunft", "")
    source = source if source in proposals.SYSTEM_SOURCES else ""
    found = proposals.candidates(request.user.authority_id, timezone.localdate())
    counts = proposals.counts(found)
    shown = [c for c in found if c.source == source] if source else found
    page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("page"))
    proposals.attach_persons(page.object_list, PERSON_COLUMNS)  # type: ignore[arg-type]
    rows = Proposal.objects.select_related("person", "proposed_by").order_by("created_at", "pk")
    return render(request, "review/proposals.html", {
        "conference": conference, "page": page, "source": source,
        "sources": [(s.value, s.label, counts[s.value]) for s in proposals.SYSTEM_SOURCES],
        "total": len(found),
        "open": rows.filter(status=ProposalStatus.OPEN),
        "declined": rows.filter(status=ProposalStatus.DECLINED).order_by("-updated_at")[:50],
        "query": f"herkunft={source}" if source else "",
        "planned": conference.status == ConferenceStatus.PLANNED,
    })


@require_POST
@requires("conference.manage")
def agenda_add(request, conference_pk):
    conference = _conference(conference_pk)
    version = _version(request)
    if request.POST.get("proposal"):
        proposal = get_object_or_404(Proposal, pk=_posted(request, "proposal"))
        _attempt(request, svc.put_on_agenda, conference, proposal, version,
                 success=_("Auf die Tagesordnung genommen."))
    else:
        person = get_object_or_404(Person, pk=_posted(request, "person"))
        _attempt(request, svc.adopt_candidate, conference, person, request.POST.get("source", ""),
                 version, success=_("Auf die Tagesordnung genommen."))
    return redirect(_back_to_proposals(request, conference))


@require_POST
@requires("conference.manage")
def proposal_decline(request, conference_pk):
    conference = _conference(conference_pk)
    if request.POST.get("proposal"):
        proposal = get_object_or_404(Proposal, pk=_posted(request, "proposal"))
        _attempt(request, svc.decline, proposal, success=_("Als „nicht aufgenommen“ vermerkt."))
    else:
        person = get_object_or_404(Person, pk=_posted(request, "person"))
        _attempt(request, svc.decline_candidate, person, request.POST.get("source", ""),
                 success=_("Als „nicht aufgenommen“ vermerkt."))
    return redirect(_back_to_proposals(request, conference))


def _back_to_proposals(request, conference) -> str:
    from django.urls import reverse

    query = request.POST.get("query", "")
    url = reverse("review:proposals", kwargs={"conference_pk": conference.pk})
    return f"{url}?{query}" if query.startswith("herkunft=") or query.startswith("page=") else url


@require_POST
@requires("conference.manage")
def agenda_move(request, conference_pk, item_pk):
    conference = _conference(conference_pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, conference=conference)
    _attempt(request, svc.move_item, conference, item, request.POST.get("direction", ""),
             _version(request), success=_("Reihenfolge geändert."))
    return redirect(f"{_conference_url(conference)}#agenda")


def _conference_url(conference) -> str:
    from django.urls import reverse

    return reverse("review:conference", kwargs={"conference_pk": conference.pk})


# --- status and minutes -------------------------------------------------------------------

@require_POST
@requires("conference.manage")
def conference_held(request, conference_pk):
    conference = _conference(conference_pk)
    _attempt(request, svc.mark_held, conference, _version(request),
             success=_("Die Konferenz ist als durchgeführt vermerkt."))
    return redirect(_conference_url(conference))


@require_POST
@requires("conference.manage")
def minutes_approve(request, conference_pk):
    conference = _conference(conference_pk)
    if conference.chair_id != request.user.pk:
        raise PermissionDenied
    _attempt(request, svc.approve_minutes, conference, _version(request),
             success=_("Das Protokoll ist genehmigt und archiviert."))
    return redirect(_conference_url(conference))


@requires("conference.view")
def minutes_download(request, conference_pk):
    conference = _conference(conference_pk)
    if conference.status == ConferenceStatus.APPROVED:
        pdf = Conference.objects.values_list("minutes_pdf", flat=True).get(pk=conference.pk)
        name = f"protokoll-fallkonferenz-{conference.held_on:%Y-%m-%d}.pdf"
    else:  # a draft, generated now, marked as such
        pdf = minutes_pdf(conference, draft=True)
        name = f"entwurf-protokoll-fallkonferenz-{conference.held_on:%Y-%m-%d}.pdf"
    record(request.user, AuditAction.EXPORT, target=f"Protokoll Fallkonferenz "
           f"{conference.held_on:%d.%m.%Y}", authority_id=conference.authority_id,
           detail={"record": "conference", "id": conference.pk}, request=request)
    response = HttpResponse(bytes(pdf), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


# --- agenda items ---------------------------------------------------------------------------

@requires("conference.view")
def item_detail(request, item_pk, form=None, action_form=None, status=200):
    item = _item(item_pk)
    record(request.user, AuditAction.VIEW, person=item.person, request=request,
           detail={"part": "conference", "item": item.pk})
    conference = item.conference
    editable = can(request.user, "conference.manage") and conference.status != ConferenceStatus.APPROVED
    if editable:
        form = form or ItemForm(instance=item)
        action_form = action_form or ActionForm(authority_id=request.user.authority_id)
    else:  # a refused change to a read-only item: its forms are not shown, the reason is
        for refused in (form, action_form):
            for message in refused.non_field_errors() if refused is not None else []:
                messages.error(request, message)
    return render(request, "review/item_detail.html", {
        "item": item, "conference": conference, "prepared": for_display(item.prepared),
        "actions": item.actions.select_related("follow_up__assignee").order_by("pk"),
        "form": form, "action_form": action_form, "editable": editable,
        "can_outcome": svc.may_record_outcome(request.user, item)
        and conference.status != ConferenceStatus.PLANNED and bool(item.recommendation),
    }, status=status)


@require_POST
@requires("conference.manage")
def item_record(request, item_pk):
    item = _item(item_pk)
    form = ItemForm(request.POST, instance=item)
    if form.is_valid():
        data = form.cleaned_data
        try:
            svc.record_item(request.user, item, data.get("version"), discussion=data["discussion"],
                            recommendation=data["recommendation"],
                            recommendation_text=data["recommendation_text"], request=request)
        except (svc.ConflictError, ValidationError) as error:
            return item_detail(request, item_pk, form=form, status=_form_failed(request, form, error))
        messages.success(request, _("Gespeichert."))
        return redirect("review:item", item_pk=item.pk)
    return item_detail(request, item_pk, form=form, status=400)


@require_POST
@requires("conference.manage")
def item_action(request, item_pk):
    item = _item(item_pk)
    form = ActionForm(request.POST, authority_id=request.user.authority_id)
    if form.is_valid():
        data = form.cleaned_data
        try:
            svc.add_action(request.user, item, reason=data["reason"], assignee=data["assignee"],
                           due_date=data["due_date"], request=request)
        except ValidationError as error:
            return item_detail(request, item_pk, action_form=form,
                               status=_form_failed(request, form, error))
        messages.success(request, _("Maßnahme als Wiedervorlage angelegt."))
        return redirect("review:item", item_pk=item.pk)
    return item_detail(request, item_pk, action_form=form, status=400)


@requires("conference.view")
def item_outcome(request, item_pk):
    item = _item(item_pk)
    if not svc.may_record_outcome(request.user, item):
        raise PermissionDenied
    form = OutcomeForm(request.POST or None, instance=item)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            svc.record_outcome(request.user, item, data.get("version"), outcome=data["outcome"],
                               reason=data["outcome_reason"], request=request)
        except (svc.ConflictError, ValidationError) as error:
            status = _form_failed(request, form, error)
        else:
            messages.success(request, _("Umsetzung der Empfehlung erfasst."))
            return redirect(_conference_url(item.conference))
    elif request.method == "POST":
        status = 400
    return render(request, "review/outcome_form.html", {"item": item, "form": form},
                  status=status)


# --- from the case page ---------------------------------------------------------------------

@requires("conference.propose")
def case_propose(request, pk):
    person = get_object_or_404(Person.objects.select_related("assigned_to"), pk=pk)
    form = ProposeForm(request.POST or None)
    open_proposal = Proposal.objects.filter(person=person, source=ProposalSource.CASEWORKER,
                                            status=ProposalStatus.OPEN).first()
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            proposal = svc.propose(person, ProposalSource.CASEWORKER, form.cleaned_data["question"],
                                   request.user, request)
        except ValidationError as error:
            status = _form_failed(request, form, error)
        else:
            messages.success(request, _("Der Fall ist für eine Fallkonferenz vorgeschlagen.")
                             if proposal != open_proposal else
                             _("Der Fall war schon vorgeschlagen; es gilt die erste Frage."))
            return redirect("cases:detail", pk=person.pk)
    elif request.method == "POST":
        status = 400
    return render(request, "review/propose_form.html",
                  {"person": person, "form": form, "open_proposal": open_proposal}, status=status)
