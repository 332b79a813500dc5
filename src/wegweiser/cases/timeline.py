"""The status history as a picture: one horizontal bar, a segment per period."""

from dataclasses import dataclass
from datetime import date

from .models.status import StatusKind

# Colour per kind; § 60b is additionally hatched so it is visible without colour.
COLOURS = {
    StatusKind.GESTATTUNG: "#5b7fa6",
    StatusKind.DULDUNG: "#c77c02",
    StatusKind.DULDUNG_60B: "#a0332c",
    StatusKind.DULDUNG_60C: "#7a6a00",
    StatusKind.DULDUNG_60D: "#8a5a00",
    StatusKind.RESIDENCE_PERMIT: "#2e7d32",
    StatusKind.SETTLEMENT_PERMIT: "#1b5e20",
    StatusKind.FICTION_CERTIFICATE: "#6a5acd",
    StatusKind.NONE: "#777777",
}


WIDTH = 1000


@dataclass(frozen=True)
class Segment:
    kind: str
    label: str
    start: date
    end: date | None
    x: float  # position on a 1000-unit wide drawing
    width: float
    colour: str
    hatched: bool


@dataclass(frozen=True)
class Timeline:
    start: date
    end: date
    segments: list[Segment]
    years: list[tuple[int, float]]  # (year, x) tick marks
    today_x: float


def build_timeline(periods, today: date) -> Timeline | None:
    if not periods:
        return None
    start = min(p.start for p in periods)
    end = max([today, *[p.end for p in periods if p.end]])
    span = max((end - start).days, 1)

    def x(day: date) -> float:
        return round(WIDTH * (day - start).days / span, 1)

    segments = [
        Segment(
            kind=p.kind,
            label=str(StatusKind(p.kind).label),
            start=p.start,
            end=p.end,
            x=x(p.start),
            width=max(x(p.end or end) - x(p.start), 2.0),
            colour=COLOURS.get(p.kind, "#777777"),
            hatched=p.kind == StatusKind.DULDUNG_60B,
        )
        for p in sorted(periods, key=lambda p: p.start)
    ]
    # Labels too close to the edges would be cut off.
    years = [(y, x(date(y, 1, 1))) for y in range(start.year + 1, end.year + 1)]
    years = [(y, pos) for y, pos in years if 20 <= pos <= WIDTH - 20]
    return Timeline(start, end, segments, years, x(today))
