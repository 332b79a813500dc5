"""Server-rendered SVG bar charts: drawn at reading size, labels never cut off, and accessible
(title and description for screen readers, the numbers as a table beside the picture).

The one chart implementation of Wegweiser; web/templates/web/bar_chart.html draws it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.formats import number_format
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
    text: str = ""  # the number as shown ("1.234"; "< 5" when suppressed: then no bar is drawn)
    hidden: bool = False


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
              unit: str = "", chart_id: str = "",
              hide: Callable[[int], str | None] | None = None) -> BarChart:
    """`hide` answers the text that replaces a value that must not be shown (small-number
    suppression, reporting.suppression), or None; a hidden value draws no bar, so that the
    bar's length does not tell it either."""
    labels = [str(label) for label, _value in rows]
    hidden = [hide(value) if hide else None for _label, value in rows]
    maximum = max([value for (_, value), h in zip(rows, hidden, strict=True) if h is None] or [0])
    label_width = max([len(label) for label in labels] or [0]) * CHAR_WIDTH + GAP
    step = bar_height + GAP
    bars = [
        Bar(label=label, value=value, y=i * step,
            width=round(BAR_AREA * value / maximum, 1) if maximum and text is None else 0,
            text_y=i * step + bar_height // 2 + FONT_SIZE * 35 // 100,
            text=number_format(value, force_grouping=True) if text is None else text,
            hidden=text is not None)
        for i, (label, (_label, value), text) in enumerate(zip(labels, rows, hidden, strict=True))
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
    largest = next((bar for bar in bars if bar.value == maximum and not bar.hidden), None)
    if largest is None:
        return _("Balkendiagramm; alle Werte in der Tabelle.")
    text = ngettext("Balkendiagramm mit %(n)d Balken.", "Balkendiagramm mit %(n)d Balken.",
                    len(bars)) % {"n": len(bars)}
    return text + " " + _("Größter Wert: %(label)s mit %(value)s. Alle Werte in der Tabelle.") % {
        "label": largest.label, "value": largest.text}
