"""Pages of the dialogue (/dialog/): meetings, series, agreed actions, concerns, catalogue."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.form_saving import add_errors
from wegweiser.review.models import Constellation, GuidelineVersion

from . import catalogue, meetings
from .forms import ActionFilterForm, ActionForm, ConcernForm, MeetingForm, SeriesForm
from .models import AgreedAction, Concern, Meeting, MeetingSeries


def _refuse(form, error) -> None:
    if isinstance(error, ValidationError):
        add_errors(form, error)
    else:
        form.add_error(None, _(meetings.ConflictError.message))


@requires("dialogue.view")
def meeting_list(request):
    return render(request, "dialogue/meeting_list.html", {
        "meetings": Meeting.objects.select_related("series").prefetch_related("organisations"),
        "series": MeetingSeries.objects.all(), "can_edit": can(request.user, "dialogue.edit")})


@requires("dialogue.view")
def meeting_detail(request, meeting_pk):
    meeting = get_object_or_404(Meeting.objects.all(), pk=meeting_pk)
    return _detail(request, meeting)


def _detail(request, meeting, action_form=None, concern_form=None, status=200):
    authority_id = meeting.authority_id
    return render(request, "dialogue/meeting_detail.html", {
        "meeting": meeting, "today": timezone.localdate(),
        "actions": meeting.actions.select_related("owner_user", "owner_organisation",
                                                  "owner_contact"),
        "concerns": meeting.concerns.select_related("organisation", "guideline",
                                                    "constellation"),
        "can_edit": can(request.user, "dialogue.edit"),
        "can_delete": can(request.user, "dialogue.delete"),
        "action_form": action_form or ActionForm(authority_id=authority_id),
        "concern_form": concern_form or ConcernForm(authority_id=authority_id)}, status=status)


@requires("dialogue.edit")
def meeting_create(request):
    return _edit_meeting(request, Meeting(authority_id=request.user.authority_id),
                         _("Treffen anlegen"))


@requires("dialogue.edit")
def meeting_edit(request, meeting_pk):
    meeting = get_object_or_404(Meeting.objects.all(), pk=meeting_pk)
    return _edit_meeting(request, meeting, _("Treffen bearbeiten"))


def _edit_meeting(request, meeting, title):
    form = MeetingForm(request.POST or None, instance=meeting,
                       authority_id=request.user.authority_id)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                meetings.save_meeting(
                    request.user, form.save(commit=False), data.get("version"),
                    organisations=list(data["organisations"]), contacts=list(data["contacts"]),
                    staff=list(data["staff"]), request=request)
            except (ValidationError, meetings.ConflictError) as error:
                _refuse(form, error)
            else:
                messages.success(request, _("Gespeichert."))
                return redirect("dialog:meeting_detail", meeting_pk=meeting.pk)
        return render(request, "dialogue/meeting_form.html",
                      {"form": form, "title": title, "meeting": meeting}, status=400)
    return render(request, "dialogue/meeting_form.html",
                  {"form": form, "title": title, "meeting": meeting})


@requires("dialogue.delete")
def meeting_delete(request, meeting_pk):
    """GET: what deleting would take with it; POST: delete (refused while actions are open)."""
    meeting = get_object_or_404(Meeting.objects.all(), pk=meeting_pk)
    errors: list[str] = []
    if request.method == "POST":
        try:
            meetings.delete_meeting(request.user, meeting, _version(request), request)
        except ValidationError as error:
            errors = error.messages
        except meetings.ConflictError:
            errors = [_(meetings.ConflictError.message)]
        else:
            messages.success(request, _("Das Treffen „%(title)s“ wurde gelöscht.") % {
                "title": meeting.title})
            return redirect("dialog:meeting_list")
    return render(request, "dialogue/meeting_delete.html", {
        "meeting": meeting, "summary": meetings.deletion_summary(meeting), "errors": errors},
        status=400 if errors else 200)


def _version(request) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


@requires("dialogue.edit")
def series_create(request):
    series = MeetingSeries(authority_id=request.user.authority_id)
    form = SeriesForm(request.POST or None, instance=series)
    if request.method == "POST":
        if form.is_valid():
            try:
                meetings.save_series(request.user, form.save(commit=False), None, request)
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("Terminreihe angelegt."))
                return redirect("dialog:meeting_list")
        return render(request, "dialogue/meeting_form.html",
                      {"form": form, "title": _("Terminreihe anlegen")}, status=400)
    return render(request, "dialogue/meeting_form.html",
                  {"form": form, "title": _("Terminreihe anlegen")})


@requires("dialogue.edit")
@require_POST
def series_plan_next(request, series_pk):
    series = get_object_or_404(MeetingSeries.objects.all(), pk=series_pk)
    meeting = meetings.plan_next(request.user, series, request)
    messages.success(request, _("Nächstes Treffen am %(date)s geplant.") % {
        "date": meeting.date.strftime("%d.%m.%Y")})
    return redirect("dialog:meeting_detail", meeting_pk=meeting.pk)


@requires("dialogue.edit")
@require_POST
def action_add(request, meeting_pk):
    meeting = get_object_or_404(Meeting.objects.all(), pk=meeting_pk)
    action = AgreedAction(authority_id=meeting.authority_id, meeting=meeting)
    form = ActionForm(request.POST, instance=action, authority_id=meeting.authority_id)
    if form.is_valid():
        try:
            meetings.save_action(request.user, form.save(commit=False), None, request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Vereinbarung festgehalten."))
            return redirect("dialog:meeting_detail", meeting_pk=meeting.pk)
    return _detail(request, meeting, action_form=form, status=400)


@requires("dialogue.edit")
def action_edit(request, action_pk):
    action = get_object_or_404(AgreedAction.objects.select_related("meeting"), pk=action_pk)
    form = ActionForm(request.POST or None, instance=action, authority_id=action.authority_id)
    return _edit(request, form, meetings.save_action, action.meeting_id,
                 "dialogue/action_form.html", {"form": form, "action": action})


@requires("dialogue.edit")
@require_POST
def concern_add(request, meeting_pk):
    meeting = get_object_or_404(Meeting.objects.all(), pk=meeting_pk)
    concern = Concern(authority_id=meeting.authority_id, meeting=meeting)
    form = ConcernForm(request.POST, instance=concern, authority_id=meeting.authority_id)
    if form.is_valid():
        try:
            meetings.save_concern(request.user, form.save(commit=False), None, request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Hinweis festgehalten."))
            return redirect("dialog:meeting_detail", meeting_pk=meeting.pk)
    return _detail(request, meeting, concern_form=form, status=400)


@requires("dialogue.edit")
def concern_edit(request, concern_pk):
    concern = get_object_or_404(Concern.objects.select_related("meeting"), pk=concern_pk)
    form = ConcernForm(request.POST or None, instance=concern, authority_id=concern.authority_id)
    return _edit(request, form, meetings.save_concern, concern.meeting_id,
                 "dialogue/concern_form.html", _concern_context(form, concern))


def _edit(request, form, save, meeting_pk: int, template: str, context: dict):
    """Show an action's or a concern's form; on POST save it through its door (locking,
    history, audit), keeping the input and saying why when it is refused."""
    if request.method != "POST":
        return render(request, template, context)
    if form.is_valid():
        try:
            save(request.user, form.save(commit=False), form.cleaned_data.get("version"), request)
        except (ValidationError, meetings.ConflictError) as error:
            _refuse(form, error)
        else:
            messages.success(request, _("Gespeichert."))
            return redirect("dialog:meeting_detail", meeting_pk=meeting_pk)
    return render(request, template, context, status=400)


def _concern_context(form, concern) -> dict:
    history = concern.history.select_related("history_user").order_by("-history_date")[1:]
    return {"form": form, "concern": concern, "history": history}


@requires("dialogue.view")
def action_list(request):
    form = ActionFilterForm(request.GET or None, authority_id=request.user.authority_id)
    filters = form.cleaned_data if form.is_valid() else {}
    today = timezone.localdate()
    rows = meetings.open_actions(today=today, overdue=filters.get("overdue", False),
                                 owner=filters.get("owner", ""),
                                 meeting_format=filters.get("format", ""))
    return render(request, "dialogue/action_list.html",
                  {"form": form, "actions": rows, "today": today})


# --- catalogue -------------------------------------------------------------------------------

@requires("catalogue.view")
def catalogue_list(request):
    return render(request, "dialogue/catalogue_list.html", {
        "entries": catalogue.entries(), "can_adopt": can(request.user, "catalogue.adopt"),
        "own_authority_id": request.user.authority_id})


@requires("catalogue.view")
def catalogue_detail(request, entry_pk):
    entry = get_object_or_404(catalogue.entries(), pk=entry_pk)
    return render(request, "dialogue/catalogue_detail.html", {
        "entry": entry, "conditions": catalogue.condition_texts(entry),
        "can_adopt": can(request.user, "catalogue.adopt")})


@requires("catalogue.adopt")
@require_POST
def catalogue_adopt(request, entry_pk):
    entry = get_object_or_404(catalogue.entries(), pk=entry_pk)
    try:
        adopted = catalogue.adopt(request.user, entry,
                                  number=request.POST.get("number", "").strip(), request=request)
    except ValidationError as error:
        return render(request, "dialogue/catalogue_detail.html", {
            "entry": entry, "conditions": catalogue.condition_texts(entry),
            "can_adopt": True, "errors": error.messages,
            "number": request.POST.get("number", "")}, status=400)
    messages.success(request, _("Als Entwurf übernommen."))
    if isinstance(adopted, Constellation):
        return redirect("review:constellation_detail", pk=adopted.pk)
    return redirect("review:guideline_detail", pk=adopted.pk)


@requires("catalogue.publish")
@require_POST
def publish_guideline(request, version_pk):
    version = get_object_or_404(GuidelineVersion.objects.select_related("guideline"),
                                pk=version_pk)
    return _published(request, lambda: catalogue.publish_guideline(request.user, version,
                                                                   request))


@requires("catalogue.publish")
@require_POST
def publish_constellation(request, constellation_pk):
    constellation = get_object_or_404(Constellation.objects.all(), pk=constellation_pk)
    return _published(request, lambda: catalogue.publish_constellation(
        request.user, constellation, request))


def _published(request, publish):
    try:
        entry = publish()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("dialog:catalogue_list")
    messages.success(request, _("Im Katalog veröffentlicht (Fassung %(n)s).") % {
        "n": entry.version})
    return redirect("dialog:catalogue_detail", entry_pk=entry.pk)


