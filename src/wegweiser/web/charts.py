"""Server-rendered SVG bar charts: drawn at reading size, labels never cut off, and accessible
(title and description for screen readers, the numbers as a table beside the picture).

The one chart implementation of Wegweiser; web/templates/web/bar_chart.html draws it.
"""

from dataclasses import dataclass

from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

FONT_SIZE = 16
CHAR_WIDTH = 9  # a generous average for Fira Sans at 16 px: long labels still fit
BAR_AREA = 280  # the longest bar
VALUE_AREA = 72  # room for the number after a bar
GAP = 10


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: float
    text_y: int  # baseline of label and number, centred on the bar


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    description: str
    bars: list[Bar]
    label_width: int
    width: int
    height: int
    bar_height: int
    maximum: int
    unit: str  # what is counted, as the table's column header ("Personen")

    @property
    def bar_x(self) -> int:
        return self.label_width + GAP


def bar_chart(rows: list[tuple[str, int]], title: str, bar_height: int = 28,
              unit: str = "", chart_id: str = "") -> BarChart:
    labels = [str(label) for label, _value in rows]
    maximum = max([value for _, value in rows] or [0])
    label_width = max([len(label) for label in labels] or [0]) * CHAR_WIDTH + GAP
    step = bar_height + GAP
    bars = [
        Bar(label=label, value=value, y=i * step,
            width=round(BAR_AREA * value / maximum, 1) if maximum else 0,
            text_y=i * step + bar_height // 2 + FONT_SIZE * 35 // 100)
        for i, (label, (_label, value)) in enumerate(zip(labels, rows, strict=True))
    ]
    return BarChart(
        id=chart_id or f"chart-{slugify(title)}", title=str(title),
        description=_describe(bars, maximum), bars=bars, label_width=label_width,
        width=label_width + GAP + BAR_AREA + VALUE_AREA, height=max(len(bars) * step - GAP, 0),
        bar_height=bar_height, maximum=maximum, unit=str(unit) or _("Anzahl"),
    )


def _describe(bars: list[Bar], maximum: int) -> str:
    """One sentence for screen readers: how many bars, which is largest."""
    if not bars:
        return _("Keine Werte.")
    largest = next(bar for bar in bars if bar.value == maximum)
    text = ngettext("Balkendiagramm mit %(n)d Balken.", "Balkendiagramm mit %(n)d Balken.",
                    len(bars)) % {"n": len(bars)}
    return text + " " + _("Größter Wert: %(label)s mit %(value)d. Alle Werte in der Tabelle.") % {
        "label": largest.label, "value": largest.value}
