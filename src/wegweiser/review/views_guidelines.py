"""Pages for Leitlinien: the register, one guideline, writing drafts, putting them in force."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.form_saving import add_errors

from . import constellations as constellation_service
from . import guidelines as service
from .forms_guidelines import (
    ApproveForm,
    DraftForm,
    GuidelineForm,
    HeadingForm,
    WithdrawForm,
    draft_initial,
)
from .models import Guideline, GuidelineVersion
from .models.guideline import VersionState

DECISIONS_SHOWN = 50


def _guideline(request, pk: int) -> Guideline:
    guideline = get_object_or_404(Guideline.objects.prefetch_related(
        "versions__constellations", "versions__conference"), pk=pk)
    if not service.visible_versions(guideline, request.user):
        raise Http404  # a guideline with nothing but a draft does not exist for readers yet
    return guideline


def _version(pk: int) -> GuidelineVersion:
    return get_object_or_404(GuidelineVersion.objects.select_related("guideline"), pk=pk)


@requires("guideline.view")
def register(request):
    return render(request, "review/guideline_register.html", {
        "entries": service.register(request.user, request.user.authority_id),
        "can_edit": can(request.user, "guideline.edit"),
        "flag": constellation_service.NATIONALITY_FLAG})


@requires("guideline.view")
def guideline_detail(request, pk: int):
    guideline = _guideline(request, pk)
    entry = service.entry(guideline, request.user)
    assert entry is not None
    shown = entry.shown
    covered = _covered(shown) if shown else {"rows": [], "union": 0}
    context: dict[str, Any] = {
        "entry": entry, "guideline": guideline, "covered": covered,
        "counts": service.decision_counts(guideline),
        "flag": constellation_service.NATIONALITY_FLAG,
        "warning": constellation_service.NATIONALITY_WARNING,
        "can_edit": can(request.user, "guideline.edit"),
        "can_approve": can(request.user, "guideline.approve"),
        "can_see_constellations": can(request.user, "constellation.view"),
        "open_version": guideline.versions.filter(state=VersionState.APPROVED,
                                                  valid_to__isnull=True).first(),
    }
    if can(request.user, "decision.view"):
        context["decisions"] = _decisions(guideline)
    return render(request, "review/guideline_detail.html", context)


def _covered(version: GuidelineVersion) -> dict[str, Any]:
    """The cases the version is for: matches per constellation and all of them together."""
    rows, union = [], set()
    today = timezone.localdate()
    for constellation in version.constellations.all():
        ids = constellation_service.matching_person_ids(constellation, today)
        union.update(ids)
        rows.append({"constellation": constellation, "matched": len(ids),
                     "flagged": constellation_service.nationality_warning(
                         constellation.conditions)})
    return {"rows": rows, "union": len(union), "as_of": today}


def _decisions(guideline: Guideline) -> list:
    from wegweiser.cases.models import Decision

    return list(Decision.objects.filter(guideline_version__guideline=guideline).select_related(
        "person", "guideline_version").only(
        "decided_on", "outcome", "pathway_id", "follows_guideline", "departure_kind",
        "person__file_number", "guideline_version__number")[:DECISIONS_SHOWN])


@requires("guideline.edit")
def guideline_create(request):
    authority_id = request.user.authority_id
    form = GuidelineForm(request.POST or None, authority_id=authority_id)
    if request.method == "POST" and form.is_valid():
        try:
            guideline = service.create_guideline(
                request.user, number=form.cleaned_data["number"],
                title=form.cleaned_data["title"], draft=form.draft(), request=request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Leitlinie als Entwurf angelegt."))
            return redirect("review:guideline_detail", guideline.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "review/guideline_form.html", {
        "form": form, "title": _("Leitlinie anlegen")}, status=status)


@requires("guideline.edit")
def heading_edit(request, pk: int):
    guideline = _guideline(request, pk)
    form = HeadingForm(request.POST or None, initial={
        "number": guideline.number, "title": guideline.title, "version": guideline.version})
    status = _submit(request, form, lambda data: service.change_heading(
        request.user, guideline, number=data["number"], title=data["title"],
        expected_version=data.get("version"), request=request), _("Nummer und Titel gespeichert."))
    if status is None:
        return redirect("review:guideline_detail", guideline.pk)
    return render(request, "review/guideline_form.html", {
        "form": form, "guideline": guideline, "title": _("Nummer und Titel ändern")},
        status=status)


@requires("guideline.edit")
def draft_create(request, pk: int):
    guideline = _guideline(request, pk)
    latest = guideline.versions.order_by("-number").first()
    initial = draft_initial(latest) if latest else {}
    initial.update(reason_kind="", reason_text="", conference=None)
    form = DraftForm(request.POST or None, initial=initial,
                     authority_id=request.user.authority_id)
    if request.method == "POST" and form.is_valid():
        try:
            service.new_draft(request.user, guideline, form.draft(), request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Neue Fassung als Entwurf angelegt."))
            return redirect("review:guideline_detail", guideline.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "review/guideline_form.html", {
        "form": form, "guideline": guideline, "title": _("Neue Fassung entwerfen")},
        status=status)


@requires("guideline.edit")
def draft_edit(request, version_pk: int):
    version = _version(version_pk)
    if version.state != VersionState.DRAFT:
        raise Http404  # a version that was in force is never edited
    initial = {**draft_initial(version), "version": version.version}
    form = DraftForm(request.POST or None, initial=initial,
                     authority_id=request.user.authority_id)
    status = _submit(request, form, lambda data: service.edit_draft(
        request.user, version, form.draft(), data.get("version"), request),
        _("Entwurf gespeichert."))
    if status is None:
        return redirect("review:guideline_detail", version.guideline_id)
    return render(request, "review/guideline_form.html", {
        "form": form, "guideline": version.guideline, "version": version,
        "title": _("Entwurf bearbeiten")}, status=status)


@require_POST
@requires("guideline.edit")
def draft_discard(request, version_pk: int):
    version = _version(version_pk)
    guideline_pk = version.guideline_id
    try:
        service.discard_draft(request.user, version, _posted_version(request), request)
    except service.GuidelineConflict:
        messages.error(request, _(service.GuidelineConflict.message))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Entwurf verworfen."))
        if not Guideline.objects.filter(pk=guideline_pk).exists():
            return redirect("review:guideline_register")
    return redirect("review:guideline_detail", guideline_pk)


@requires("guideline.approve")
def draft_approve(request, version_pk: int):
    version = _version(version_pk)
    if version.state != VersionState.DRAFT:
        raise Http404
    form = ApproveForm(request.POST or None, initial={"version": version.version})
    status = _submit(request, form, lambda data: service.approve(
        request.user, version, valid_from=data["valid_from"],
        expected_version=data.get("version"), request=request), _("Fassung in Kraft gesetzt."))
    if status is None:
        return redirect("review:guideline_detail", version.guideline_id)
    return render(request, "review/guideline_approve.html", {
        "form": form, "version": version, "guideline": version.guideline,
        "flagged": any(constellation_service.nationality_warning(c.conditions)
                       for c in version.constellations.all()),
        "warning": constellation_service.NATIONALITY_WARNING}, status=status)


@requires("guideline.approve")
def guideline_withdraw(request, pk: int):
    guideline = _guideline(request, pk)
    version = guideline.versions.filter(state=VersionState.APPROVED,
                                        valid_to__isnull=True).first()
    if version is None:
        raise Http404
    form = WithdrawForm(request.POST or None, initial={"version": version.version})
    status = _submit(request, form, lambda data: service.withdraw(
        request.user, guideline, valid_to=data["valid_to"], reason_kind=data["reason_kind"],
        reason_text=data["reason_text"], expected_version=data.get("version"), request=request),
        _("Leitlinie aufgehoben."))
    if status is None:
        return redirect("review:guideline_detail", guideline.pk)
    return render(request, "review/guideline_form.html", {
        "form": form, "guideline": guideline, "title": _("Leitlinie aufheben"),
        "submit": _("Aufheben")}, status=status)


def _submit(request, form, save: Callable[[dict[str, Any]], Any], done: str) -> int | None:
    """Save a valid posted form through the service: None when saved (the message is shown),
    otherwise the status of the page shown again - 200 (not posted), 400 (refused), 409 (someone
    else saved first; the input stays)."""
    if request.method != "POST":
        return 200
    if not form.is_valid():
        return 400
    try:
        save(form.cleaned_data)
    except service.GuidelineConflict:
        form.add_error(None, _(service.GuidelineConflict.message))
        return 409
    except ValidationError as error:
        add_errors(form, error)
        return 400
    messages.success(request, done)
    return None


def _posted_version(request) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None
