"""The case files of many persons as raw tables: one query per table, straight into Polars.

No model instances are built: each table is read with ``values_list`` (a LEFT JOIN for the
person's assessment) and handed to Polars in chunks, so a million persons cost ten queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from itertools import chain
from typing import Any

import polars as pl
from django.db.models import F, FloatField, Q, QuerySet
from django.db.models.functions import Cast

from wegweiser.cases.models import (
    AsylumProcedure,
    Conviction,
    Employment,
    FamilyLink,
    LanguageCertificate,
    LivelihoodRecord,
    Person,
    SchoolRecord,
    StatusPeriod,
    TrainingRecord,
)

from .frames import ASSESSMENT_FIELDS, PERSON_FIELDS, RAW_SCHEMAS, RawTables, raw_frame

CHUNK = 50_000
Progress = Callable[[str, int, int], None]


def _read(name: str, rows: Iterable[tuple]) -> pl.DataFrame:
    """Build the frame chunk by chunk so that Python holds at most CHUNK tuples at once."""
    chunk: list[tuple] = []
    parts: list[pl.DataFrame] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            parts.append(raw_frame(name, chunk))
            chunk = []
    parts.append(raw_frame(name, chunk))
    return pl.concat(parts)


def _persons(persons: QuerySet[Person]) -> Iterable[tuple]:
    columns = ["pk", *list(PERSON_FIELDS)[1:]]
    assessed = [f"assessment__{name}" for name in ASSESSMENT_FIELDS]
    return persons.order_by("pk").values_list(*columns, *assessed).iterator(chunk_size=CHUNK)


def _of(model, persons: QuerySet[Person], *columns: Any, **annotations: Any) -> Iterable[tuple]:
    queryset = model.unscoped.filter(person__in=persons.values("pk"))
    if annotations:
        queryset = queryset.annotate(**annotations)
    return queryset.order_by("person_id", "pk").values_list("person_id", *columns).iterator(
        chunk_size=CHUNK)


def _as_float(name: str) -> Cast:
    return Cast(name, FloatField())


# Raw table -> model; the columns are those of RAW_SCHEMAS (frames.py), read by the same name.
TABLES = {"periods": StatusPeriod, "asylum": AsylumProcedure, "language": LanguageCertificate,
          "school": SchoolRecord, "training": TrainingRecord, "employment": Employment,
          "livelihood": LivelihoodRecord, "convictions": Conviction}
DECIMALS = ("hours_per_week", "months")  # read as floats, like the exchange file's numbers


def _table(model, table: str, persons: QuerySet[Person]) -> Iterable[tuple]:
    columns = [name for name in RAW_SCHEMAS[table] if name != "person_id"]
    floats = {f"{name}_f": _as_float(name) for name in columns if name in DECIMALS}
    return _of(model, persons, *(f"{n}_f" if n in DECIMALS else n for n in columns), **floats)


def _spouses_linking_to(persons: QuerySet[Person]) -> Iterable[tuple]:
    """Spouse links stored from the other side: a spouse is a spouse both ways."""
    links = FamilyLink.unscoped.filter(relative__in=persons.values("pk"), relation="spouse")
    return links.order_by("relative_id", "pk").values_list(
        "relative_id", "relation", "person_id", "living_in_household", "person__birth_date",
        "person__criminal_record_known").iterator(chunk_size=CHUNK)


def _spouses(persons: QuerySet[Person]) -> QuerySet[Person]:
    """The linked spouses (either direction) of these persons."""
    ids = persons.values("pk")
    spouse = FamilyLink.unscoped.filter(relation="spouse")
    return Person.unscoped.filter(
        Q(pk__in=spouse.filter(person__in=ids).values("relative_id"))
        | Q(pk__in=spouse.filter(relative__in=ids).values("person_id")))


def raw_tables(persons: QuerySet[Person], progress: Progress | None = None) -> RawTables:
    """All tables the law needs for these persons (the queryset decides scope and authority)."""
    readers: dict[str, Callable[[], Iterable[tuple]]] = {
        "persons": lambda: _persons(persons),
        **{table: partial(_table, model, table, persons) for table, model in TABLES.items()},
        "family": lambda: chain(
            _of(FamilyLink, persons, "relation", "relative_id", "living_in_household",
                "child_birth", "record_known", child_birth=F("relative__birth_date"),
                record_known=F("relative__criminal_record_known")),
            _spouses_linking_to(persons)),
        "relative_convictions": partial(_table, Conviction, "convictions", _spouses(persons)),
    }
    tables = {}
    for done, (name, reader) in enumerate(readers.items(), start=1):
        tables[name] = _read(name, reader())
        if progress:
            progress("load", done, len(readers))
    return RawTables(**tables)
