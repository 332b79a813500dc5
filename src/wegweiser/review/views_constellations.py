"""Pages for Fallkonstellationen: list, builder (with a live count), detail with the matches."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.models import Person
from wegweiser.web.query import as_of_from_query

from . import constellations as service
from .builder import feature_groups, raw_conditions, row_views, rows_from_conditions, rows_from_post
from .forms_guidelines import ConstellationForm
from .models import Constellation

PAGE_SIZE = 50


def _own(pk: int) -> Constellation:
    return get_object_or_404(Constellation.objects.all(), pk=pk)


@requires("constellation.view")
def constellation_list(request):
    today = timezone.localdate()
    items = []
    for c in Constellation.objects.filter(authority_id=request.user.authority_id).order_by("name"):
        items.append({"constellation": c, "evaluation": service.evaluate(c, today),
                      "conditions": [service.describe(x, c.authority_id) for x in c.conditions],
                      "flagged": service.nationality_warning(c.conditions)})
    return render(request, "review/constellation_list.html", {
        "items": items, "today": today, "can_edit": can(request.user, "constellation.edit"),
        "flag": service.NATIONALITY_FLAG})


@requires("constellation.view")
def constellation_detail(request, pk: int):
    constellation = _own(pk)
    today = timezone.localdate()
    as_of, notice = as_of_from_query(request.GET.get("stichtag"), today)
    evaluation = service.evaluate(constellation, as_of)
    ids = service.matching_person_ids(constellation, as_of)
    page = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    guidelines = sorted({v.guideline for v in constellation.guideline_versions.select_related(
        "guideline")}, key=lambda g: g.number)
    return render(request, "review/constellation_detail.html", {
        "constellation": constellation, "evaluation": evaluation, "page": page,
        "persons": _page_persons(page), "query": query.urlencode(), "as_of": as_of,
        "notices": [notice] if notice else [], "guidelines": guidelines,
        "flagged": service.nationality_warning(constellation.conditions),
        "warning": service.NATIONALITY_WARNING,
        "can_edit": can(request.user, "constellation.edit"),
        "may_open_cases": can(request.user, "case.view")})


def _page_persons(page) -> list[Person]:
    ids = list(page.object_list)
    by_id = {p.pk: p for p in Person.objects.filter(pk__in=ids).only(
        "file_number", "family_name", "given_names", "closed_on")}
    return [by_id[pk] for pk in ids if pk in by_id]


@requires("constellation.edit")
def constellation_edit(request, pk: int | None = None):
    constellation = _own(pk) if pk is not None else None
    if request.method != "POST":
        form = ConstellationForm(initial=_initial(constellation))
        rows = rows_from_conditions(constellation.conditions) if constellation else []
        return _builder(request, form, rows or rows_from_conditions([{}]), constellation)
    form = ConstellationForm(request.POST)
    rows, action = rows_from_post(request.POST)
    if action != "save":
        return _builder(request, form, rows, constellation, preview=True)
    problems: list[str] = []
    if form.is_valid():
        try:
            saved = service.save_constellation(
                request.user, constellation, name=form.cleaned_data["name"],
                description=form.cleaned_data["description"], conditions=raw_conditions(rows),
                expected_version=form.cleaned_data.get("version"), request=request)
        except service.ConstellationConflict:
            form.add_error(None, _(service.ConstellationConflict.message))
            return _builder(request, form, rows, constellation, status=409)
        except ValidationError as error:
            problems = error.message_dict.pop("conditions", [])
            for name, refused in error.message_dict.items():
                form.add_error(name if name in form.fields else None, refused)
        else:
            messages.success(request, _("Fallkonstellation gespeichert."))
            return redirect("review:constellation_detail", saved.pk)
    return _builder(request, form, rows, constellation, problems=problems, status=400)


def _initial(constellation: Constellation | None) -> dict[str, Any]:
    if constellation is None:
        return {"version": 0}
    return {"name": constellation.name, "description": constellation.description,
            "version": constellation.version}


def _builder(request, form, rows, constellation, *, preview: bool = False,
             problems: list[str] | None = None, status: int = 200):
    authority_id = request.user.authority_id
    raw = raw_conditions(rows)
    checked, check_problems = service.check_conditions(raw, authority_id)
    evaluation = None
    if raw and not check_problems:
        texts = [service.describe(c, authority_id) for c in service.stored(checked)]
        evaluation = service.evaluate_conditions(checked, authority_id, texts=texts)
    context = {
        "form": form, "rows": row_views(rows, authority_id), "row_count": len(rows),
        "groups": feature_groups(), "constellation": constellation, "evaluation": evaluation,
        "problems": problems or [], "pending": check_problems if raw else [],
        "flagged": service.nationality_warning(raw), "warning": service.NATIONALITY_WARNING,
        "max_rows": service.MAX_CONDITIONS,
    }
    template = "review/constellation_form.html"
    if request.htmx and preview:
        template += "#builder"
    return render(request, template, context, status=status)


@require_POST
@requires("constellation.edit")
def constellation_delete(request, pk: int):
    constellation = _own(pk)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = None
    try:
        service.delete_constellation(request.user, constellation, version, request)
    except service.ConstellationConflict:
        messages.error(request, _(service.ConstellationConflict.message))
        return redirect("review:constellation_detail", pk)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("review:constellation_detail", pk)
    messages.success(request, _("Fallkonstellation gelöscht."))
    return redirect("review:constellation_list")
