"""What the dashboard, the export and the committee report show, from one snapshot.

`snapshot()` computes every KPI and chart series of the registry for an authority and a period;
the dashboard renders it exactly (inside the office), export, report and OParl render it
suppressed (`outward=True`). An approved report keeps its snapshot: its figures stay as approved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wegweiser.web.charts import BarChart, bar_chart

from . import series
from .kpis import REGISTRY, Period, Pillar, figures
from .kpis.integration import screening_run
from .kpis.registry import shared_queries
from .suppression import hidden_text, shown, suppress


@dataclass(frozen=True)
class ChartSpec:
    key: str
    pillar: str
    title: str | Promise
    unit: str | Promise
    rows: Callable[[int, Period], series.Rows]


CHARTS = [
    ChartSpec("applications_per_month", Pillar.INTEGRATION, _("Anträge auf Aufenthaltserlaubnis je Monat"),
              _("Anträge"), series.applications_per_month),
    ChartSpec("grants_per_month", Pillar.INTEGRATION, _("Erteilte Aufenthaltserlaubnisse je Monat"),
              _("Entscheidungen"), series.grants_per_month),
    ChartSpec("grants_per_norm", Pillar.INTEGRATION,
              _("Erteilte Aufenthaltserlaubnisse nach Rechtsgrundlage"), _("Entscheidungen"),
              series.grants_per_norm),
    ChartSpec("long_term_per_town", Pillar.INTEGRATION, _("Langjährig Geduldete nach Wohnort"),
              _("Personen"), series.long_term_tolerated_per_town),
    ChartSpec("grants_per_town", Pillar.INTEGRATION, _("Erteilte Aufenthaltserlaubnisse nach Wohnort"),
              _("Entscheidungen"), series.grants_per_town),
]
CHARTS_BY_KEY = {c.key: c for c in CHARTS}


def snapshot(authority_id: int, period: Period) -> dict[str, Any]:
    """Every figure and series for the period, as plain JSON values (stored with a report)."""
    with shared_queries():
        return _snapshot(authority_id, period)


def _snapshot(authority_id: int, period: Period) -> dict[str, Any]:
    run = screening_run(authority_id, period)
    return {
        "start": period.start.isoformat(), "end": period.end.isoformat(),
        "screening_as_of": run.as_of.isoformat() if run else None,
        "figures": {f.kpi.key: f.value for f in figures(authority_id, period)},
        "series": {c.key: [list(row) for row in c.rows(authority_id, period)] for c in CHARTS},
    }


@dataclass(frozen=True)
class ShownFigure:
    key: str
    label: str | Promise
    definition: str | Promise
    unit: str | Promise
    value: Any
    text: str
    recorded: bool
    funnel: int | None


def shown_figures(snap: dict[str, Any], outward: bool, pillar: str | None = None) -> list[ShownFigure]:
    values = snap["figures"]
    result = []
    for kpi in REGISTRY.values():
        if pillar is not None and kpi.pillar != pillar:
            continue
        value = values.get(kpi.key)
        recorded = kpi.recorded and kpi.key in values
        text = (suppress(value, kpi.suppressible) if outward else shown(value)) if recorded \
            else str(_("noch nicht erfasst"))
        result.append(ShownFigure(kpi.key, kpi.label, kpi.definition, kpi.unit, value, text,
                                  recorded, kpi.funnel))
    return result


def charts(snap: dict[str, Any], outward: bool, pillar: str | None = None) -> list[BarChart]:
    return [bar_chart([(label, n) for label, n in snap["series"].get(spec.key, [])],
                      title=str(spec.title), unit=str(spec.unit), chart_id=f"chart-{spec.key}",
                      hide=hidden_text if outward else None)
            for spec in CHARTS if pillar is None or spec.pillar == pillar]


def funnel(snap: dict[str, Any], outward: bool) -> list[ShownFigure]:
    return sorted((f for f in shown_figures(snap, outward) if f.funnel),
                  key=lambda f: f.funnel or 0)


def funnel_chart(snap: dict[str, Any], outward: bool) -> BarChart:
    stages = [(str(f.label).replace(str(_("Trichter: ")), ""), f.value) for f in funnel(snap, outward)
              if f.recorded]
    return bar_chart(stages, title=str(_("Vom Prüfergebnis zur Aufenthaltserlaubnis (erfasste Stufen)")),
                     unit=str(_("Personen")), chart_id="chart-funnel",
                     hide=hidden_text if outward else None)


def pillars(snap: dict[str, Any], outward: bool) -> list[dict[str, Any]]:
    return [{"key": p.value, "label": p.label, "figures": shown_figures(snap, outward, p.value),
             "charts": charts(snap, outward, p.value)} for p in Pillar]


def period_of(snap: dict[str, Any]) -> Period:
    return Period(date.fromisoformat(snap["start"]), date.fromisoformat(snap["end"]))
