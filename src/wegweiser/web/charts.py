"""Small server-rendered SVG bar charts (accessible: each chart has a data table too)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: float


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[Bar]
    height: int
    maximum: int


def bar_chart(rows: list[tuple[str, int]], title: str, bar_height: int = 26) -> BarChart:
    maximum = max([value for _, value in rows] or [0])
    bars = [
        Bar(
            label=str(label),
            value=value,
            y=i * (bar_height + 8),
            width=round(300 * value / maximum, 1) if maximum else 0,
        )
        for i, (label, value) in enumerate(rows)
    ]
    return BarChart(title=title, bars=bars, height=len(rows) * (bar_height + 8), maximum=maximum)
