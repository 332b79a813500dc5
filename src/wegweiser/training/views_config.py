"""Pages of the configuration (topic list, requirements per role) and the year's plan."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.cases.form_saving import add_errors

from . import changes, records
from .access import posted_version, refused, year_of
from .forms import PlanForm, RequirementForm, TopicForm, staff_of
from .models import PlannedTraining, TopicRequirement, TrainingTopic


def _save(request, form, door) -> int | None:
    """Run the door for a valid form; the status of a refusal, or None when saved."""
    if not form.is_valid():
        return 400
    try:
        door(request.user, form.instance, form.cleaned_data.get("version"), request=request)
    except changes.ConflictError as error:
        form.add_error(None, _(error.message))
        return 409
    except ValidationError as error:
        add_errors(form, error)
        return 400
    messages.success(request, _("Gespeichert."))
    return None


@requires("training.configure")
def topics(request):
    form = TopicForm(request.POST or None,
                     instance=TrainingTopic(authority_id=request.user.authority_id))
    status = 200
    if request.method == "POST":
        status = _save(request, form, changes.save_topic) or 0
        if not status:
            return redirect("training:topics")
    return render(request, "training/topics.html", {
        "topics": TrainingTopic.objects.all(), "form": form}, status=status)


@requires("training.configure")
def topic_edit(request, topic_pk):
    topic = get_object_or_404(TrainingTopic, pk=topic_pk)
    form = TopicForm(request.POST or None, instance=topic)
    status = 200
    if request.method == "POST":
        status = _save(request, form, changes.save_topic) or 0
        if not status:
            return redirect("training:topics")
    return render(request, "training/topic_form.html", {"form": form, "topic": topic},
                  status=status)


@requires("training.configure")
@require_POST
def topics_seed(request):
    added = changes.seed_default_topics(request.user, request=request)
    messages.success(request, _("%(n)d Standardthemen übernommen.") % {"n": added})
    return redirect("training:topics")


@requires("training.configure")
def requirements(request):
    authority_id = request.user.authority_id
    form = RequirementForm(request.POST or None, authority_id=authority_id,
                           instance=TopicRequirement(authority_id=authority_id))
    status = 200
    if request.method == "POST":
        status = _save(request, form, changes.save_requirement) or 0
        if not status:
            return redirect("training:requirements")
    return render(request, "training/requirements.html", {
        "requirements": TopicRequirement.objects.select_related("topic"), "form": form},
        status=status)


@requires("training.configure")
@require_POST
def requirement_delete(request, requirement_pk):
    requirement = get_object_or_404(TopicRequirement, pk=requirement_pk)
    _delete(request, changes.delete_requirement, requirement)
    return redirect("training:requirements")


@requires("training.manage")
def plan(request):
    authority_id = request.user.authority_id
    year = year_of(request)
    form = PlanForm(request.POST or None, authority_id=authority_id,
                    instance=PlannedTraining(authority_id=authority_id), initial={"year": year})
    status = 200
    if request.method == "POST":
        status = _save(request, form, changes.save_plan) or 0
        if not status:
            return redirect(f"{reverse('training:plan')}?jahr={form.instance.year}")
    return render(request, "training/plan.html", {
        "year": year, "form": form, "plan": records.plan(staff_of(authority_id), year)},
        status=status)


@requires("training.manage")
@require_POST
def plan_delete(request, plan_pk):
    entry = get_object_or_404(PlannedTraining, pk=plan_pk)
    _delete(request, changes.delete_plan, entry)
    return redirect(f"{reverse('training:plan')}?jahr={entry.year}")


def _delete(request, door, instance) -> None:
    try:
        door(request.user, instance, posted_version(request), request=request)
    except (ValidationError, changes.ConflictError) as error:
        for message in refused(error):
            messages.error(request, message)
    else:
        messages.success(request, _("Gelöscht."))
