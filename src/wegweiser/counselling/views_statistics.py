"""The desk's figures (counsellors, head, controlling): no personal data. For one desk or all
desks of the authority; the CSV with exact figures for the office, the XLSX (through the
reporting export helper) with small counts suppressed, for figures that leave the office."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _

from wegweiser.accounts.decorators import requires
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.interop.exporting import figures_csv_response
from wegweiser.reporting.export import xlsx_table_response
from wegweiser.web.charts import bar_chart

from . import statistics as service
from .forms import PeriodForm
from .models import Desk
from .views_home import desk_of


def _figures(request, desk_pk: int):
    desk = desk_of(desk_pk)
    form = PeriodForm(request.GET or None)
    start, end = form.period()
    desks = list(Desk.objects.all()) if form.all_desks() else [desk]
    return desk, form, desks, service.figures(desks, start, end)


def _page(request, desk, form, desks, result, status: int = 200):
    charts = [
        bar_chart([(f"{row.hour:02d} {_('Uhr')}", row.total_avg or 0) for row in result.waits],
                  _("Durchschnittliche Wartezeit je Stunde"), unit=_("Minuten"),
                  chart_id="chart-wait"),
        bar_chart([(day.strftime("%d.%m."), n) for day, n in result.served_per_day],
                  _("Beraten je Tag"), unit=_("Personen"), chart_id="chart-served"),
        bar_chart([(service.language_name(code), n) for code, n in result.languages],
                  _("Sprachen"), unit=_("Personen"), chart_id="chart-languages"),
    ]
    return render(request, "counselling/statistics.html", {
        "desk": desk, "form": form, "figures": result, "charts": charts,
        "all_desks": len(desks) != 1 or desks[0] != desk,
        "interpreters": [(service.language_name(code), n) for code, n in result.interpreters],
        "query": request.GET.urlencode()}, status=status)


def _file_name(desk: Desk, form: PeriodForm) -> str:
    return "alle-stellen" if form.all_desks() else desk.slug


@requires("desk.statistics")
def statistics(request, desk_pk: int):
    return _page(request, *_figures(request, desk_pk))


@requires("desk.statistics")
def statistics_export(request, desk_pk: int):
    desk, form, _desks, result = _figures(request, desk_pk)
    return figures_csv_response(service.csv_header(), service.csv_rows(result),
                                f"beratungsstelle-{_file_name(desk, form)}-{result.start}-"
                                f"{result.end}.csv")


@requires("desk.statistics")
def statistics_xlsx(request, desk_pk: int):
    desk, form, desks, result = _figures(request, desk_pk)
    if form.is_bound and not form.is_valid():
        return _page(request, desk, form, desks, result, status=400)
    name = _file_name(desk, form)
    record(request.user, AuditAction.EXPORT, target=f"Statistik der Beratungsstelle (XLSX, {name})",
           request=request, detail={"desks": [d.pk for d in desks],
                                    "start": result.start.isoformat(),
                                    "end": result.end.isoformat()})
    return xlsx_table_response(service.csv_header(), service.outward_rows(result, desks),
                               f"beratungsstelle-{name}-{result.start}-{result.end}.xlsx",
                               _("Beratungsstelle"))
