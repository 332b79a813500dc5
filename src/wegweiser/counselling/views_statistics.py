"""The desk's figures (counsellors, head, controlling): no personal data, CSV with the same
filter."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _

from wegweiser.accounts.decorators import requires
from wegweiser.interop.exporting import figures_csv_response
from wegweiser.web.charts import bar_chart

from . import statistics as service
from .forms import PeriodForm
from .views_home import desk_of


def _figures(request, desk_pk: int):
    desk = desk_of(desk_pk)
    form = PeriodForm(request.GET or None)
    start, end = form.period()
    return desk, form, service.figures(desk, start, end)


@requires("desk.statistics")
def statistics(request, desk_pk: int):
    desk, form, result = _figures(request, desk_pk)
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
        "interpreters": [(service.language_name(code), n) for code, n in result.interpreters],
        "query": request.GET.urlencode()})


@requires("desk.statistics")
def statistics_export(request, desk_pk: int):
    desk, _form, result = _figures(request, desk_pk)
    return figures_csv_response(service.csv_header(), service.csv_rows(result),
                                f"beratungsstelle-{desk.slug}-{result.start}-{result.end}.csv")
