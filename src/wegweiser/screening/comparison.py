"""This run against the previous completed one: who meets which pathway now, before, and the
change - with the same filters as the worklist, built on the run diff (runs.changes)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from wegweiser.law.statute.pathways import ALL_PATHWAYS

from .models import ScreeningResult, ScreeningRun
from .runs import POSITIVE, previous_run
from .worklist import HARDSHIP_PATHWAYS, base_rows, met_by_pathway


@dataclass(frozen=True)
class PathwayChange:
    norm: str
    now: int  # persons meeting the pathway in this run
    before: int  # ... in the previous run
    new: int  # met now, not before
    gone: int  # met before, not now

    @property
    def change(self) -> int:
        return self.now - self.before


@dataclass(frozen=True)
class Comparison:
    previous: ScreeningRun
    pathways: list[PathwayChange]  # titles of the office first, then § 23a
    persons_now: int  # persons with at least one title met (without § 23a)
    persons_before: int

    @property
    def persons_change(self) -> int:
        return self.persons_now - self.persons_before


def compare(run: ScreeningRun, data: dict, user) -> Comparison | None:
    """None when there is no earlier completed run to compare with."""
    previous = previous_run(run)
    if previous is None:
        return None
    data = {key: value for key, value in data.items() if key != "change"}
    now, before = base_rows(run, data, user), base_rows(previous, data, user)
    met_now, met_before = met_by_pathway(now), met_by_pathway(before)
    new = met_by_pathway(base_rows(run, {**data, "change": "new"}, user))
    gone = met_by_pathway(base_rows(run, {**data, "change": "gone"}, user))
    pathways = [PathwayChange(p.norm, met_now.get(p.id, 0), met_before.get(p.id, 0),
                              new.get(p.id, 0), gone.get(p.id, 0))
                for p in sorted(ALL_PATHWAYS, key=lambda p: p.id in HARDSHIP_PATHWAYS)]
    return Comparison(previous, pathways, _persons_with_a_title(now), _persons_with_a_title(before))


def _persons_with_a_title(rows: QuerySet[ScreeningResult]) -> int:
    titles = rows.filter(verdict__in=POSITIVE).exclude(pathway_id__in=HARDSHIP_PATHWAYS)
    return titles.values("person_id").distinct().count()
