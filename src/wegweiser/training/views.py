"""Pages of the training app for people: the entry page, one staff member's record with
languages, the team page and the anonymous figures. Every change goes through
training.changes; rows of another authority and other people's records are 404."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import Role, can
from wegweiser.cases.form_saving import add_errors
from wegweiser.web.charts import bar_chart

from . import changes, figures, records
from .access import posted_version, refused, staff_member, year_bounds, year_of
from .forms import LanguageForm, staff_of
from .models import EventKind, LanguageSkill


@requires("training.own")
def home(request):
    user = request.user
    return render(request, "training/home.html", {
        "can_team": can(user, "training.team"), "can_manage": can(user, "training.manage"),
        "can_configure": can(user, "training.configure"),
        "can_figures": can(user, "training.figures")})


@requires("training.own")
def staff_record(request, user_pk):
    member = staff_member(request, user_pk)
    return _render_record(request, member, LanguageForm())


def _render_record(request, member, language_form, status=200):
    today = timezone.localdate()
    year = year_of(request)
    return render(request, "training/staff.html", {
        "member": member, "own": member.pk == request.user.pk, "year": year,
        "history": records.history(member), "hours_by_year": records.hours_by_year(member),
        "matrix": records.skills_matrix(member, today), "today": today,
        "plan": records.plan([member], year),
        "languages": LanguageSkill.objects.filter(user=member),
        "language_form": language_form}, status=status)


@requires("training.own")
@require_POST
def language_add(request, user_pk):
    member = staff_member(request, user_pk)
    form = LanguageForm(request.POST)
    if form.is_valid():
        skill = form.save(commit=False)
        skill.authority_id, skill.user = member.authority_id, member
        try:
            changes.save_language(request.user, skill, None, request=request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Sprache eingetragen."))
            return redirect("training:staff", user_pk=member.pk)
    return _render_record(request, member, form, status=400)


@requires("training.own")
@require_POST
def language_delete(request, user_pk, language_pk):
    member = staff_member(request, user_pk)
    skill = get_object_or_404(LanguageSkill, pk=language_pk, user=member)
    try:
        changes.delete_language(request.user, skill, posted_version(request), request=request)
    except (ValidationError, changes.ConflictError) as error:
        for message in refused(error):
            messages.error(request, message)
    else:
        messages.success(request, _("Sprache gelöscht."))
    return redirect("training:staff", user_pk=member.pk)


@requires("training.team")
def team(request):
    year = year_of(request)
    start, end = year_bounds(year)
    today = timezone.localdate()
    members = list(staff_of(request.user.authority_id))
    hours = figures.hours_per_staff_member(request.user.authority_id, start, end)
    matrix = records.team_matrix(members, today)
    rows = [{"member": m, "hours": hours.get(m.pk, 0),
             "open": [row for row in matrix.get(m.pk, []) if row.status != "valid"]}
            for m in members]
    per_topic = figures.hours_per_topic(request.user.authority_id, start, end)
    chart = bar_chart([(name, round(value)) for name, value in per_topic],
                      _("Stunden je Thema %(year)s") % {"year": year}, unit=_("Stunden"),
                      chart_id="chart-hours-per-topic")
    return render(request, "training/team.html", {
        "year": year, "rows": rows, "chart": chart, "per_topic": per_topic,
        "plan": records.plan(members, year), "can_manage": can(request.user, "training.manage")})


@requires("training.figures")
def figures_page(request):
    year = year_of(request)
    start, end = year_bounds(year)
    authority_id = request.user.authority_id
    today = timezone.localdate()
    on = min(end, today)
    kinds = figures.events_by_kind(authority_id, start, end)
    return render(request, "training/figures.html", {
        "year": year, "on": on,
        "hours": figures.anonymous_hours(authority_id, start, end),
        "coverage": figures.role_coverage(authority_id, on, Role.COUNSELLOR),
        "kinds": [(label, kinds.get(value, 0)) for value, label in EventKind.choices]})
