from functools import partial

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.forms import CaseFilterForm
from wegweiser.cases.models import Person
from wegweiser.cases.queries import filtered_cases
from wegweiser.web.query import understood_filters

from . import exporting
from .forms import ImportUploadForm
from .models import ImportJob
from .tasks import run_import

RECENT_JOBS = 10


@requires("case.import")
def import_upload(request):
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["upload"]
        job = ImportJob.objects.create(
            authority_id=request.user.authority_id, created_by=request.user, upload=upload,
            original_name=upload.name[:255], dry_run=form.cleaned_data["dry_run"],
        )
        # The worker must see the committed job row, so enqueue only after the commit.
        transaction.on_commit(partial(run_import.enqueue, job.pk))
        messages.success(request, _("Die Datei wurde hochgeladen und wird verarbeitet."))
        return redirect("interop:import_status", job_pk=job.pk)
    jobs = ImportJob.objects.select_related("created_by")[:RECENT_JOBS]
    status = 400 if request.method == "POST" else 200
    return render(request, "interop/import_upload.html", {"form": form, "jobs": jobs},
                  status=status)


@requires("case.import")
def import_status(request, job_pk):
    job = get_object_or_404(ImportJob.objects.select_related("created_by"), pk=job_pk)
    template = "interop/import_status.html"
    if request.htmx:
        template += "#progress"
    return render(request, template, {"job": job, "report": job.report or {}})


@requires("case.export")
def export_cases(request, fmt):
    if fmt not in exporting.CONTENT_TYPES:
        raise Http404
    form = CaseFilterForm(request.GET or None, authority_id=request.user.authority_id)
    data, notices = understood_filters(form)
    if notices:
        # The list without a filter it did not understand could be far longer than meant.
        return HttpResponseBadRequest(" ".join(
            [_("Der Filter ist ungültig; es wurde nichts exportiert."), *notices]),
            content_type="text/plain; charset=utf-8")
    queryset = filtered_cases(Person.objects.all(), data, timezone.localdate())
    # The audit log is always German (audit.services.record), whatever the UI language.
    record(request.user, AuditAction.EXPORT, target=f"Fallliste ({fmt})",
           detail={"format": fmt, "filter": _plain(data), "count": queryset.count()},
           request=request)
    filename = exporting.export_filename(fmt)
    authority = request.user.authority
    if fmt == "csv":
        return exporting.csv_response(queryset, authority.pk, filename)
    if fmt == "xlsx":
        return exporting.xlsx_response(queryset, filename)
    return exporting.json_response(queryset, authority.pk, authority.name, filename,
                                   include_criminal=can(request.user, "case.view_criminal"),
                                   include_decisions=can(request.user, "decision.view"))


def _plain(data: dict) -> dict:
    """The filter as it can be stored in the audit log (ids instead of objects)."""
    return {key: getattr(value, "pk", value) for key, value in data.items() if value}
