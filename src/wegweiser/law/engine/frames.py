"""Fact tables for batch screening: one persons table plus one table per collection.

The Django side (or the benchmark) builds these frames directly; `facts_to_frames` converts
`CaseFacts` objects (used by tests and small batches).  In ``persons`` a ``*_known`` column
says whether a collection is known (false = unknown, even if it has no rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

import polars as pl

from wegweiser.law.engine.facts import (
    AsylumProcedure,
    CaseFacts,
    Conviction,
    Employment,
    LanguageCertificate,
    SchoolRecord,
    StatusPeriod,
    TrainingRecord,
)

COLLECTIONS: dict[str, tuple[str, type]] = {
    # frame name: (CaseFacts field, row dataclass)
    "status_periods": ("status_periods", StatusPeriod),
    "employments": ("employments", Employment),
    "convictions": ("convictions", Conviction),
    "spouse_convictions": ("spouse_convictions", Conviction),
    "language": ("language_certificates", LanguageCertificate),
    "school": ("school", SchoolRecord),
    "training": ("training", TrainingRecord),
}
SCALAR_SKIP = {field for field, _ in COLLECTIONS.values()} | {"asylum",
                                                             "minor_children_birth_dates"}


@dataclass(frozen=True)
class FactFrames:
    persons: pl.DataFrame
    status_periods: pl.DataFrame
    employments: pl.DataFrame
    convictions: pl.DataFrame
    spouse_convictions: pl.DataFrame  # person_id = the person whose spouse was convicted
    language: pl.DataFrame
    school: pl.DataFrame
    training: pl.DataFrame
    children: pl.DataFrame  # person_id, birth_date


def _schema(row_type: type) -> dict[str, Any]:
    types = {"date": pl.Date, "Day": pl.Date, "int": pl.Int64, "float": pl.Float64,
             "bool": pl.Boolean}
    schema: dict[str, Any] = {"person_id": pl.String}
    for f in fields(row_type):
        text = str(f.type)
        base = next((t for key, t in types.items() if text.startswith(key)), pl.String)
        schema[f.name] = base
    return schema


def _person_row(facts: CaseFacts) -> dict[str, Any]:
    row = {f.name: getattr(facts, f.name) for f in fields(facts) if f.name not in SCALAR_SKIP}
    for field, _ in COLLECTIONS.values():
        row[f"{field}_known"] = getattr(facts, field) is not None
    row["children_known"] = facts.minor_children_birth_dates is not None
    asylum = facts.asylum
    row["asylum_known"] = asylum is not None
    for f in fields(AsylumProcedure):
        row[f"asylum_{f.name}"] = getattr(asylum, f.name) if asylum else None
    return row


def facts_to_frames(cases: Sequence[CaseFacts]) -> FactFrames:
    persons = pl.DataFrame([_person_row(c) for c in cases], schema=person_schema(),
                           orient="row") if cases else pl.DataFrame(schema=person_schema())
    frames: dict[str, pl.DataFrame] = {"persons": persons}
    for name, (field, row_type) in COLLECTIONS.items():
        rows = [{"person_id": c.person_id, **asdict(item)}
                for c in cases for item in (getattr(c, field) or ())]
        frames[name] = pl.DataFrame(rows, schema=_schema(row_type), orient="row")
    child_rows = [{"person_id": c.person_id, "birth_date": b}
                  for c in cases for b in (c.minor_children_birth_dates or ())]
    frames["children"] = pl.DataFrame(child_rows, schema={"person_id": pl.String,
                                                          "birth_date": pl.Date}, orient="row")
    frames["status_periods"] = frames["status_periods"].with_columns(pl.col("kind").cast(pl.String))
    return FactFrames(**frames)


def person_schema() -> dict[str, Any]:
    schema = {k: v for k, v in _schema(CaseFacts).items() if k not in SCALAR_SKIP}
    schema["person_id"] = pl.String
    schema["birth_date_precision"] = pl.String
    for field, _ in COLLECTIONS.values():
        schema[f"{field}_known"] = pl.Boolean
    schema["children_known"] = pl.Boolean
    schema["asylum_known"] = pl.Boolean
    for name, dtype in _schema(AsylumProcedure).items():
        if name != "person_id":
            schema[f"asylum_{name}"] = dtype
    return schema
