"""The constellation builder's rows: read from the form, shown back with fitting widgets.

Works without JavaScript: adding or removing a row, or changing a row's feature, is a plain
submit that shows the form again (nothing is saved); with htmx the same request is sent on
every change and only the builder is swapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import QueryDict

from .constellation_catalogue import FEATURES, OP_LABELS, Feature, Kind, Op
from .constellations import MAX_CONDITIONS, feature_label


@dataclass(frozen=True)
class Row:
    feature: str
    op: str
    value: str
    value2: str

    @property
    def empty(self) -> bool:
        return not (self.feature or self.value or self.value2)

    def raw(self) -> dict[str, Any]:
        value: Any = self.value
        if self.op == Op.BETWEEN:
            value = [self.value, self.value2]
        elif self.op == Op.UNKNOWN:
            value = None
        return {"feature": self.feature, "op": self.op, "value": value}


def rows_from_post(data: QueryDict) -> tuple[list[Row], str]:
    """The rows as submitted, after "add" / "remove"; and the action asked for."""
    try:
        count = min(max(int(data.get("rows", "1")), 0), MAX_CONDITIONS + 1)
    except ValueError:
        count = 1
    rows = [Row(*(data.get(f"c{i}-{part}", "").strip()[:60]
                  for part in ("feature", "op", "value", "value2"))) for i in range(count)]
    action = data.get("step", "refresh")
    if "drop" in data:
        removed = data.get("drop", "")
        rows = [r for i, r in enumerate(rows) if str(i) != removed]
        action = "refresh"
    if action == "add" and len(rows) < MAX_CONDITIONS:
        rows.append(Row("", "", "", ""))
    return rows, action


def rows_from_conditions(conditions: list[dict[str, Any]]) -> list[Row]:
    rows = []
    for c in conditions:
        value = c.get("value")
        low, high = (value + [None, None])[:2] if isinstance(value, list) else (value, None)
        rows.append(Row(str(c.get("feature", "")), str(c.get("op", "")), _text(low), _text(high)))
    return rows


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def raw_conditions(rows: list[Row]) -> list[dict[str, Any]]:
    return [r.raw() for r in rows if not r.empty]


@dataclass(frozen=True)
class RowView:
    """What the template needs for one row."""

    index: int
    row: Row
    feature: Feature | None
    ops: list[tuple[str, str]]
    choices: list[tuple[str, str]] | None
    ordered: bool


def row_views(rows: list[Row], authority_id: int) -> list[RowView]:
    views = []
    for i, row in enumerate(rows):
        feature = FEATURES.get(row.feature)
        ops = feature.ops if feature else tuple(Op)
        choices = None
        if feature is not None and feature.choices is not None:
            choices = [(str(k), str(v)) for k, v in feature.choices(authority_id)]
        ordered = feature is not None and feature.kind in (Kind.NUMBER, Kind.LEVEL)
        views.append(RowView(i, row, feature, [(o.value, str(OP_LABELS[o])) for o in ops],
                             choices, ordered))
    return views


def feature_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """The features for the select, by group, in catalogue order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for feature in FEATURES.values():
        groups.setdefault(str(feature.group), []).append((feature.key, feature_label(feature)))
    return list(groups.items())
