"""Consistency alerts: similar cases, different outcomes, within 24 months (decision 0007).

Two decisions are *similar* when they share the similarity key: the same norm, the same
screening verdict frozen on the decision day, and - from the engine's features on that day,
frozen in `Decision.snapshot["similarity"]` by cases.decision_similarity - the same state of
identity, livelihood and German, and the same whole year of the current Duldung chain. An alert
is a refusal for which a similar decision granted (or partly granted) the title no more than
24 months before or after it.

Set-based: one window query partitions the decisions by the key and carries, for each
refusal, the day of the nearest grant before and after it - no comparison of pairs in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Case, F, Max, Min, Q, QuerySet, TextField, Value, When, Window
from django.db.models.expressions import RowRange
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce

from wegweiser.cases.decision_similarity import SIMILARITY, UNKNOWN
from wegweiser.cases.models import Decision
from wegweiser.cases.models.decision import Outcome

from .practice import GRANTED
from .practice_sql import among

WINDOW = timedelta(days=730)  # 24 months


# --- the alerts --------------------------------------------------------------------------------

KEY_COLUMNS = {f"k_{name}": Coalesce(KT(f"snapshot__similarity__{name}"), Value(UNKNOWN),
                                     output_field=TextField())
               for name in SIMILARITY}
PARTITION = [F("pathway_id"), F("snapshot_verdict"), *(F(name) for name in KEY_COLUMNS)]
GRANT_DAY = Case(When(outcome__in=GRANTED, then=F("decided_on")))


def comparable(rows: QuerySet[Decision]) -> QuerySet[Decision]:
    """Grants and refusals with a frozen similarity snapshot and a norm."""
    return (rows.filter(outcome__in=(*GRANTED, Outcome.REFUSED), snapshot__has_key="similarity")
            .exclude(pathway_id="").exclude(snapshot_verdict=""))


def alerts(start: date, end: date, person_ids=None) -> QuerySet:
    """Refusals decided in [start, end] with a similar grant within 24 months (one query), as
    narrow rows {pk, decided_on, pathway_id, snapshot_verdict, k_*, grant_before, grant_after},
    latest first; `with_counterparts` turns a page of them into decisions side by side.

    `person_ids` restricts both sides to the persons of one constellation.
    """
    rows = comparable(Decision.objects.filter(decided_on__gte=start - WINDOW,
                                              decided_on__lte=end + WINDOW))
    if person_ids is not None:
        rows = rows.filter(person_id__in=among(person_ids))
    order = [F("decided_on").asc(), F("pk").asc()]
    # Both halves of the OR name a window, so Django filters after the windows are computed
    # (an AND would push the refusal filter below them and hide the grants from the window).
    refusal = Q(outcome=Outcome.REFUSED, decided_on__gte=start, decided_on__lte=end)
    return (
        rows.annotate(**KEY_COLUMNS)
        .annotate(
            grant_before=Window(Max(GRANT_DAY), partition_by=PARTITION, order_by=order,
                                frame=RowRange(start=None, end=0)),
            grant_after=Window(Min(GRANT_DAY), partition_by=PARTITION, order_by=order,
                               frame=RowRange(start=0, end=None)))
        .filter((refusal & Q(grant_before__gte=F("decided_on") - WINDOW))
                | (refusal & Q(grant_after__lte=F("decided_on") + WINDOW)))
        .values("pk", "decided_on", "pathway_id", "snapshot_verdict", *KEY_COLUMNS,
                "grant_before", "grant_after")
        .order_by("-decided_on", "-pk"))


@dataclass(frozen=True)
class Alert:
    refused: Decision
    granted: Decision | None

    @property
    def same_person(self) -> bool:
        return self.granted is not None and self.granted.person_id == self.refused.person_id


def _similar(row: dict[str, Any]) -> tuple:
    return (row["pathway_id"], row["snapshot_verdict"], *(row[name] for name in KEY_COLUMNS))


def with_counterparts(rows: list[dict[str, Any]]) -> list[Alert]:
    """A page of `alerts` rows as refusals beside their nearest similar grant (two queries)."""
    if not rows:
        return []
    refusals = Decision.objects.select_related("person", "team").in_bulk(
        [row["pk"] for row in rows])
    wanted = Q()
    for row in rows:
        days = [d for d in (row["grant_before"], row["grant_after"])
                if d is not None and abs((d - row["decided_on"]).days) <= WINDOW.days]
        wanted |= Q(pathway_id=row["pathway_id"], snapshot_verdict=row["snapshot_verdict"],
                    decided_on__in=days, **{name: row[name] for name in KEY_COLUMNS})
    grants = list(comparable(Decision.objects.filter(outcome__in=GRANTED))
                  .annotate(**KEY_COLUMNS).filter(wanted)
                  .select_related("person", "team").order_by("decided_on", "pk"))
    return [Alert(refusals[row["pk"]], _nearest(row, refusals[row["pk"]], grants))
            for row in rows]


def _nearest(row: dict[str, Any], refusal: Decision, grants: list[Decision]) -> Decision | None:
    key = _similar(row)
    similar = [g for g in grants
               if (g.pathway_id, g.snapshot_verdict, *(getattr(g, n) for n in KEY_COLUMNS)) == key]
    return min(similar, key=lambda g: (abs((g.decided_on - refusal.decided_on).days),
                                       g.person_id == refusal.person_id), default=None)
