"""The case files of many persons as raw tables: one query per table, straight into Polars.

No model instances are built: each table is read with ``values_list`` (a LEFT JOIN for the
person's assessment) and handed to Polars in chunks, so a million persons cost ten queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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

from .frames import ASSESSMENT_FIELDS, PERSON_FIELDS, RawTables, raw_frame

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


CONVICTION_COLUMNS = ("date", "daily_rates", "months_f", "suspended", "juvenile",
                      "foreigner_specific", "erasure_date", "intentional")


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
        "periods": lambda: _of(StatusPeriod, persons, "kind", "start", "end", "legal_basis",
                               "azr_reason_code"),
        "asylum": lambda: _of(AsylumProcedure, persons, "application_date", "decision_date",
                              "outcome", "manifestly_unfounded_ground", "final_date",
                              "withdrawal_date"),
        "language": lambda: _of(LanguageCertificate, persons, "level", "scope", "issued"),
        "school": lambda: _of(SchoolRecord, persons, "start", "end", "school", "qualification",
                              "successful"),
        "training": lambda: _of(TrainingRecord, persons, "start", "end", "kind", "completed",
                                "bottleneck_commitment", "contract_registered"),
        "employment": lambda: _of(Employment, persons, "start", "end", "hours",
                                  "social_insurance", "qualified",
                                  hours=_as_float("hours_per_week")),
        "livelihood": lambda: _of(LivelihoodRecord, persons, "assessed_on", "own_earnings_share",
                                  "receives_benefits"),
        "convictions": lambda: _of(Conviction, persons, *CONVICTION_COLUMNS,
                                   months_f=_as_float("months")),
        "family": lambda: chain(
            _of(FamilyLink, persons, "relation", "relative_id", "living_in_household",
                "child_birth", "record_known", child_birth=F("relative__birth_date"),
                record_known=F("relative__criminal_record_known")),
            _spouses_linking_to(persons)),
        "relative_convictions": lambda: _of(Conviction, _spouses(persons), *CONVICTION_COLUMNS,
                                            months_f=_as_float("months")),
    }
    tables = {}
    for done, (name, reader) in enumerate(readers.items(), start=1):
        tables[name] = _read(name, reader())
        if progress:
            progress("load", done, len(readers))
    return RawTables(**tables)
