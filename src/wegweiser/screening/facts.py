"""Django case file -> ``law.engine.facts.CaseFacts``.

There is one mapping (frames.py).  A single person is read with the same set-based queries as
a whole authority and then turned into CaseFacts, so the explanation page and the batch run
see identical facts.  Rules for unknown values: see the docstring of frames.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields, replace
from datetime import date
from typing import Any

from django.db.models import QuerySet

from wegweiser.cases.models import Person
from wegweiser.cases.models.assessment import CRIMINAL_ASSESSMENT_FIELDS
from wegweiser.law.engine.facts import AsylumProcedure, CaseFacts, StatusKind
from wegweiser.law.engine.frames import COLLECTIONS, SCALAR_SKIP, FactFrames

from .db_source import raw_tables
from .frames import fact_frames

# Facts that reveal the criminal record (shown only with "case.view_criminal").
CRIMINAL_FACTS = frozenset({"convictions", *CRIMINAL_ASSESSMENT_FIELDS})


def as_seen_by(facts: CaseFacts, may_see_criminal: bool) -> CaseFacts:
    """The facts as a role may know them: without the criminal record they are unknown, so
    every verdict is what all possible records agree on - a role cannot read a conviction off
    a verdict ("ausgeschlossen", "kann" instead of "soll") that it may not see."""
    if may_see_criminal:
        return facts
    cleared: dict[str, Any] = {name: None for name in CRIMINAL_FACTS}
    return replace(facts, **cleared)


def frames_for(persons: QuerySet[Person], as_of: date) -> FactFrames:
    return fact_frames(raw_tables(persons), as_of)


def case_facts(person: Person, as_of: date) -> CaseFacts:
    """The facts of one person (a fixed number of queries, whatever the file holds)."""
    return facts_from_frames(frames_for(Person.unscoped.filter(pk=person.pk), as_of))[0]


def case_facts_many(persons: QuerySet[Person], as_of: date) -> list[CaseFacts]:
    """Facts for many persons without N+1: ten queries in all."""
    return facts_from_frames(frames_for(persons, as_of))


def facts_from_frames(frames: FactFrames) -> list[CaseFacts]:
    """The inverse of ``law.engine.frames.facts_to_frames``: one CaseFacts per row of ``persons``."""
    grouped: dict[str, dict[str, list[Any]]] = {}
    for name, (_field, row_type) in COLLECTIONS.items():
        rows: dict[str, list[Any]] = defaultdict(list)
        for row in getattr(frames, name).iter_rows(named=True):
            person_id = row.pop("person_id")
            if name == "status_periods":
                row["kind"] = StatusKind(row["kind"])
            rows[person_id].append(row_type(**row))
        grouped[name] = rows
    children: dict[str, list[date]] = defaultdict(list)
    for person_id, born in frames.children.iter_rows():
        children[person_id].append(born)
    return [_case(row, grouped, children) for row in frames.persons.iter_rows(named=True)]


def _case(row: dict[str, Any], grouped: dict[str, dict[str, list[Any]]],
          children: dict[str, list[date]]) -> CaseFacts:
    person_id = row["person_id"]
    values = {f.name: row[f.name] for f in fields(CaseFacts) if f.name not in SCALAR_SKIP}
    for name, (field, _row_type) in COLLECTIONS.items():
        known = row[f"{field}_known"]
        values[field] = tuple(grouped[name].get(person_id, ())) if known else None
    values["minor_children_birth_dates"] = (
        tuple(children.get(person_id, ())) if row["children_known"] else None)
    values["asylum"] = AsylumProcedure(**{
        f.name: row[f"asylum_{f.name}"] for f in fields(AsylumProcedure)
    }) if row["asylum_known"] else None
    return CaseFacts(**values)
