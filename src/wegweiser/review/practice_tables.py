"""The decision-practice figures as the page shows them: labels, charts, CSV lines."""

from __future__ import annotations

from collections.abc import Iterator

from django.utils.translation import gettext as _

from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.web.charts import BarChart, bar_chart

from .practice import Figures, Row
from .practice_hooks import reason_label

MAX_REASON_BARS = 12


def norm_label(pathway_id: str) -> str:
    if not pathway_id:
        return _("ohne Rechtsgrundlage")
    pathway = PATHWAYS_BY_ID.get(pathway_id)
    return pathway.norm if pathway else pathway_id


def label(result: Figures, team_names: dict[int | None, str]) -> None:
    result.total.label = _("Insgesamt")
    for row in result.norms:
        row.label = norm_label(row.key[0])
    for row in result.teams:
        row.label = team_names.get(row.key[0], str(row.key[0]))
    for row in result.reasons:
        row.label = reason_label(row.key[0])


def charts(result: Figures) -> dict[str, BarChart]:
    shown = [row for row in result.periods if not row.suppressed]
    return {
        "grant_rate": bar_chart(
            [(row.label, round(row.grant_rate)) for row in shown if row.grant_rate is not None],
            title=_("Erteilungsquote je Zeitraum (in Prozent)"), unit=_("Prozent erteilt"),
            chart_id="chart-grant-rate"),
        "time": bar_chart(
            [(row.label, round(row.median_days)) for row in shown if row.median_days is not None],
            title=_("Dauer vom Antrag bis zur Entscheidung (Median in Tagen)"),
            unit=_("Tage (Median)"), chart_id="chart-time-to-decision"),
        "reasons": bar_chart(
            [(row.label, row.decisions) for row in result.reasons if not row.suppressed]
            [:MAX_REASON_BARS],
            title=_("Ablehnungen nach Hauptgrund"), unit=_("Ablehnungen"),
            chart_id="chart-reasons"),
    }


# --- CSV ---------------------------------------------------------------------------------------

def csv_header() -> list[str]:
    return [_("Tabelle"), _("Gruppe"), _("Anträge"), _("Entscheidungen"),
            _("erteilt (auch teilweise)"), _("abgelehnt"), _("Duldung statt Aufenthaltserlaubnis"),
            _("zurückgenommen"), _("Erteilungsquote (%)"), _("Dauer Median (Tage)"),
            _("Dauer 90. Perzentil (Tage)"), _("Ermessen zugunsten"), _("Ermessen zulasten"),
            _("Ermessen nicht ausgeübt"), _("Recht erlaubte, Behörde lehnte ab"),
            _("Recht erlaubte nicht, Behörde erteilte")]


def csv_rows(result: Figures) -> Iterator[list]:
    minimum = result.minimum
    tables = [(_("Insgesamt"), [result.total]), (_("Zeitraum"), result.periods),
              (_("Rechtsgrundlage"), result.norms), (_("Team"), result.teams)]
    for table, rows in tables:
        for row in rows:
            yield [table, row.label, *_cells(row, minimum)]
    for row in result.reasons:
        count = f"< {minimum}" if row.suppressed else row.decisions
        yield [_("Ablehnungsgrund"), row.label, "", "", "", count, *[""] * 10]


def _cells(row: Row, minimum: int) -> list:
    applications = "" if row.applications is None else row.applications
    if row.suppressed:
        return [applications, f"< {minimum}", *[""] * 12]
    return [applications, row.decisions, row.granted, row.refused, row.duldung, row.withdrawn,
            _german(row.grant_rate), _german(row.median_days), _german(row.p90_days),
            row.in_favour, row.against, row.not_exercised, row.law_allowed_refused,
            row.law_denied_granted]


def _german(value: float | None) -> str:
    """One decimal with a comma, as a German spreadsheet reads it; empty when there is none."""
    if value is None:
        return ""
    return f"{value:.1f}".replace(".", ",")
