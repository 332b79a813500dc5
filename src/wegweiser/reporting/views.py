"""Pages of reporting: the dashboard and its export, committee reports, the grant ledger."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.form_saving import add_errors

from . import export, oparl, reports
from . import figures as fig
from .forms import PeriodForm, ReportForm, default_period
from .kpis import Period
from .models import CommitteeReport
from .pdf import report_context, report_pdf
from .suppression import NOT_RECORDED


def _version(request) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


def _period(request) -> tuple[PeriodForm, Period, bool]:
    """The period asked for; a bad one is refused with a message and the default shown."""
    start, end = default_period()
    if "start" not in request.GET and "end" not in request.GET:
        return PeriodForm(initial={"start": start, "end": end}), Period(start, end), True
    form = PeriodForm(request.GET)
    if form.is_valid():
        return form, Period(form.cleaned_data["start"], form.cleaned_data["end"]), True
    return form, Period(start, end), False


# --- dashboard ------------------------------------------------------------------------------

@requires("reporting.dashboard")
def dashboard(request):
    form, period, valid = _period(request)
    snap = fig.snapshot(request.user.authority_id, period)
    return render(request, "reporting/dashboard.html", {
        "form": form, "period": period, "snapshot": snap, "query": request.GET.urlencode(),
        "pillars": fig.pillars(snap, outward=False),
        "funnel": fig.funnel(snap, outward=False),
        "funnel_chart": fig.funnel_chart(snap, outward=False),
        "not_recorded": NOT_RECORDED,
    }, status=200 if valid else 400)


@requires("reporting.dashboard")
def dashboard_export(request, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    _form, period, valid = _period(request)
    if not valid:
        return HttpResponse(_("Der Zeitraum ist ungültig; es wurde nichts exportiert."),
                            status=400, content_type="text/plain; charset=utf-8")
    snap = fig.snapshot(request.user.authority_id, period)
    record(request.user, AuditAction.EXPORT, target=f"Kennzahlen ({fmt})",
           detail={"format": fmt, "start": snap["start"], "end": snap["end"]}, request=request)
    filename = f"kennzahlen-{snap['start']}-{snap['end']}.{fmt}"
    if fmt == "csv":
        return export.csv_response(snap, filename)
    return export.xlsx_response(snap, filename)


# --- committee reports ----------------------------------------------------------------------

def _report(pk) -> CommitteeReport:
    return get_object_or_404(CommitteeReport.objects.select_related(
        "approved_by", "created_by", "predecessor"), pk=pk)


@requires("reporting.dashboard")
def report_list(request):
    return render(request, "reporting/report_list.html", {
        "reports": CommitteeReport.objects.order_by("-date", "-pk")})


@requires("reporting.report_edit")
def report_edit(request, pk=None):
    report = _report(pk) if pk else None
    if report is not None and report.approved:
        messages.error(request, _("Die Vorlage ist freigegeben und kann nicht mehr geändert werden. "
                                  "Für Änderungen eine neue Fassung beginnen."))
        return redirect("reporting:report", pk=report.pk)
    if report is None:
        start, end = default_period()
        report = CommitteeReport(authority_id=request.user.authority_id, date=timezone.localdate(),
                                 period_start=start, period_end=end,
                                 author_name=request.user.get_full_name())
    form = ReportForm(request.POST or None, instance=report)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            instance = form.save(commit=False)
            try:
                reports.save_report(request.user, instance, form.cleaned_data.get("version"),
                                    form.cleaned_data["consultations"], request)
            except reports.ConflictError as error:
                form.add_error(None, str(error))
                status = 409
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, _("Gespeichert."))
                return redirect("reporting:report", pk=instance.pk)
    title = _("Vorlage bearbeiten") if report.pk else _("Neue Vorlage")
    return render(request, "reporting/report_form.html",
                  {"form": form, "report": report, "title": title}, status=status)


@requires("reporting.dashboard")
def report_detail(request, pk):
    report = _report(pk)
    return render(request, "reporting/report_detail.html", {
        **report_context(report),
        "may_edit": can(request.user, "reporting.report_edit"),
        "may_approve": can(request.user, "reporting.report_approve")})


@require_POST
@requires("reporting.report_approve")
def report_approve(request, pk):
    report = _report(pk)
    _attempt(request, reports.approve, report, _version(request),
             success=_("Die Vorlage ist freigegeben; das PDF ist archiviert."))
    return redirect("reporting:report", pk=report.pk)


@require_POST
@requires("reporting.report_edit")
def report_new_draft(request, pk):
    report = _report(pk)
    try:
        draft = reports.new_draft(request.user, report, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("reporting:report", pk=report.pk)
    messages.success(request, _("Eine neue Fassung wurde als Entwurf begonnen."))
    return redirect("reporting:report_edit", pk=draft.pk)


def _attempt(request, action, *args, success: str) -> None:
    try:
        action(request.user, *args, request=request)
    except reports.ConflictError as error:
        messages.error(request, str(error))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, success)


@requires("reporting.dashboard")
def report_history(request, pk):
    report = _report(pk)
    return render(request, "reporting/report_history.html", {
        "report": report, "versions": report.history.select_related("history_user")})  # type: ignore[attr-defined]


@requires("reporting.dashboard")
def report_version(request, pk, history_id):
    report = _report(pk)
    version = get_object_or_404(report.history, history_id=history_id)  # type: ignore[attr-defined]
    sections = [(str(CommitteeReport._meta.get_field(f).verbose_name), getattr(version, f))
                for f in ("proposal", "text_integration", "text_counselling", "text_dialogue",
                          "text_training")]
    return render(request, "reporting/report_version.html", {
        "report": report, "version": version, "sections": sections})


@requires("reporting.dashboard")
def report_pdf_download(request, pk):
    report = _report(pk)
    if report.approved and report.pdf:
        pdf = bytes(report.pdf)
        name = f"vorlage-{report.pk}.pdf"
    else:
        pdf = report_pdf(report)
        name = f"entwurf-vorlage-{report.pk}.pdf"
    record(request.user, AuditAction.EXPORT, target=f"Vorlage {report.number} (PDF)",
           detail={"record": "committee_report", "id": report.pk}, request=request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@requires("reporting.dashboard")
def report_oparl(request, pk):
    report = _report(pk)
    record(request.user, AuditAction.EXPORT, target=f"Vorlage {report.number} (OParl)",
           detail={"record": "committee_report", "id": report.pk}, request=request)
    data = oparl.paper(report, request.build_absolute_uri)
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})

