"""The law engine's features of every person of an authority, as one Polars frame.

Built exactly like a screening run builds them - ``screening.db_source.raw_tables`` (ten
queries), ``screening.frames.fact_frames`` (the mapping rules) and
``law.engine.batch_features.compute_feature_frame`` - and narrowed to the columns a
constellation can read (constellation_catalogue.engine_columns), plus three case-file attributes:
``file_number`` (to list matches in order), ``nationality`` and ``municipality_id``.  The
verdicts of the latest finished screening run are added per pathway when a condition asks.

Reading the case files of 100,000 persons takes seconds; filtering the frame takes
milliseconds.  So each web process keeps the frames of the last few (authority, day, policy).
Before a frame is used, the audit log tells what changed since it was built (every change to
case data goes through an audited door - cases.services, the assessment, imports - and names
the person): the rows of the persons changed, and of their relatives (children and spouses
feed a person's features), are computed again through the same path and replaced.  A change
that names no person (an import) or more than CHANGES_LOOKED_AT changes rebuild the whole
frame, and so does age beyond ``WEGWEISER_CONSTELLATION_CACHE_SECONDS`` (a safety net for
writes that bypass the doors, e.g. the demo generator).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import polars as pl
from django.conf import settings
from django.db.models import Q, QuerySet

from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.cases.models import FamilyLink, Person
from wegweiser.law.engine.batch_features import compute_feature_frame
from wegweiser.law.engine.features import SCHEMA, compute_features
from wegweiser.law.statute.parameters import Policy
from wegweiser.screening.db_source import raw_tables
from wegweiser.screening.facts import case_facts
from wegweiser.screening.frames import fact_frames
from wegweiser.screening.models import ScreeningResult, ScreeningRun
from wegweiser.screening.policy import policy_for
from wegweiser.screening.runs import latest_run

from . import frame_store
from .constellation_catalogue import VERDICT_PREFIX, engine_columns

KEEP_FRAMES = 4
# Audit actions that change nothing, and records whose changes the features never read.
READS = (AuditAction.VIEW, AuditAction.EXPORT, AuditAction.VERIFY)
NOT_FACTS = frozenset({
    "constellation", "guideline", "guidelineversion", "conference", "agendaitem",
    "agendaaction", "proposal", "hardshippetition", "application", "decision",
    "approvalrequest", "followup", "screeningrun"})
# More changes than this since the last look: rebuild the frame instead of patching it.
CHANGES_LOOKED_AT = 500


@dataclass
class PersonFeatures:
    """One authority's feature frame for one day; verdict columns joined on demand."""

    authority_id: int
    as_of: date
    policy: Policy
    frame: pl.DataFrame
    built_at: float
    audit_mark: int
    verdicts: dict[tuple[int, str], pl.DataFrame] = field(default_factory=dict)

    def with_verdicts(self, pathway_ids: set[str]) -> tuple[pl.DataFrame, ScreeningRun | None]:
        """The frame with ``verdict:<pathway>`` of the latest finished run for these pathways."""
        if not pathway_ids:
            return self.frame, None
        run = latest_run(self.authority_id, done_only=True)
        frame = self.frame
        for pathway_id in sorted(pathway_ids):
            if run is None:
                frame = frame.with_columns(
                    pl.lit(None, pl.String).alias(f"{VERDICT_PREFIX}{pathway_id}"))
            else:
                frame = frame.join(self._verdicts(run, pathway_id), on="person_id", how="left",
                                   maintain_order="left")
        return frame, run

    def _verdicts(self, run: ScreeningRun, pathway_id: str) -> pl.DataFrame:
        key = (run.pk, pathway_id)
        if key not in self.verdicts:
            rows = ScreeningResult.unscoped.filter(run=run, pathway_id=pathway_id).values_list(
                "person_id", "verdict")
            self.verdicts = {k: v for k, v in self.verdicts.items() if k[0] == run.pk}
            self.verdicts[key] = pl.DataFrame(
                list(rows), schema={"person_id": pl.Int64, f"{VERDICT_PREFIX}{pathway_id}":
                                    pl.String}, orient="row")
        return self.verdicts[key]


_frames: OrderedDict[tuple[int, date, Policy], PersonFeatures] = OrderedDict()
_lock = threading.Lock()


def person_features(authority_id: int, as_of: date) -> PersonFeatures:
    """The authority's feature frame for `as_of` (from this process's cache when current)."""
    policy = policy_for(authority_id)
    key = (authority_id, as_of, policy)
    with _lock:
        cached = _frames.get(key)
        if cached is not None and _brought_up_to_date(cached):
            _frames.move_to_end(key)
            return cached
        entry = _stored(key)
        if entry is None or not _brought_up_to_date(entry):
            entry = build_and_store(authority_id, as_of, policy)
        if settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS > 0:
            _frames[key] = entry
            while len(_frames) > KEEP_FRAMES:
                _frames.popitem(last=False)
        return entry


def build_and_store(authority_id: int, as_of: date, policy: Policy) -> PersonFeatures:
    """Read the frame from the case files and leave a copy on disk for other processes."""
    mark = _audit_mark()
    persons = Person.unscoped.filter(authority_id=authority_id)
    entry = PersonFeatures(authority_id, as_of, policy, build_frame(persons, as_of, policy),
                           time.time(), mark)
    frame_store.save(authority_id, as_of, policy, entry.frame, mark, entry.built_at)
    return entry


def _stored(key: tuple[int, date, Policy]) -> PersonFeatures | None:
    stored = frame_store.load(*key)
    if stored is None:
        return None
    return PersonFeatures(key[0], key[1], key[2], stored.frame, stored.built_at, stored.audit_mark)


def forget(authority_id: int | None = None) -> None:
    """Drop the cached frames (of one authority, or all)."""
    with _lock:
        for key in [k for k in _frames if authority_id is None or k[0] == authority_id]:
            del _frames[key]


def _brought_up_to_date(entry: PersonFeatures) -> bool:
    """Patch the rows of persons changed since the frame was built; False: rebuild it."""
    if time.time() - entry.built_at > settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS:
        return False
    mark = _audit_mark()
    if mark == entry.audit_mark:
        return True
    changed = _changed_persons(entry.authority_id, entry.audit_mark, mark)
    if changed is None:
        return False
    if changed:
        entry.frame = _replace_rows(entry, changed)
    entry.audit_mark = mark
    return True


def _audit_mark() -> int:
    return AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _changed_persons(authority_id: int, since: int, until: int) -> set[int] | None:
    """Persons whose case data changed in (since, until]; None: something else changed."""
    rows = list(AuditEntry.objects.filter(pk__gt=since, pk__lte=until, authority_id=authority_id)
                .exclude(action__in=READS).order_by("pk")
                .values_list("person_id", "detail")[:CHANGES_LOOKED_AT + 1])
    if len(rows) > CHANGES_LOOKED_AT:
        return None
    changed: set[int] = set()
    for person_id, detail in rows:
        if isinstance(detail, dict) and detail.get("record") in NOT_FACTS:
            continue
        if person_id is None:
            return None
        changed.add(person_id)
    return changed


def _replace_rows(entry: PersonFeatures, changed: set[int]) -> pl.DataFrame:
    """Recompute the changed persons and their relatives (a child's birth date or a spouse's
    record feeds a person's features) through the same path as the whole frame."""
    links = FamilyLink.unscoped.filter(Q(person_id__in=changed) | Q(relative_id__in=changed))
    affected = set(changed)
    for person_id, relative_id in links.values_list("person_id", "relative_id"):
        affected.update((person_id, relative_id))
    persons = Person.unscoped.filter(authority_id=entry.authority_id, pk__in=affected)
    fresh = build_frame(persons, entry.as_of, entry.policy)
    kept = entry.frame.filter(~pl.col("person_id").is_in(sorted(affected)))
    return pl.concat([kept, fresh.select(kept.columns)], how="vertical_relaxed")


def build_frame(persons: QuerySet[Person], as_of: date, policy: Policy) -> pl.DataFrame:
    """These persons: person_id, file_number, the engine columns, attributes."""
    raw = raw_tables(persons)
    features = compute_feature_frame(fact_frames(raw, as_of), as_of, policy)
    engine = sorted(c for c in engine_columns() if c in SCHEMA)
    places = pl.DataFrame(list(persons.values_list("pk", "municipality_id")),
                          schema={"person_id": pl.Int64, "municipality_id": pl.Int64},
                          orient="row")
    attributes = raw.persons.select("person_id", "file_number", "nationality")
    return (features.select("person_id", *engine)
            .join(attributes, on="person_id", how="left", maintain_order="left")
            .with_columns(pl.col("person_id").cast(pl.Int64))
            .join(places, on="person_id", how="left", maintain_order="left"))


def person_row(person: Person, as_of: date) -> dict[str, Any]:
    """The same columns for one person, computed by the single-case path of the engine."""
    row = compute_features(case_facts(person, as_of), as_of, policy_for(person.authority_id))
    row.update(person_id=person.pk, file_number=person.file_number,
               nationality=person.nationality, municipality_id=person.municipality_id)
    run = latest_run(person.authority_id, done_only=True)
    stored = dict(ScreeningResult.unscoped.filter(run=run, person=person).values_list(
        "pathway_id", "verdict")) if run else {}
    for column in engine_columns():
        if column.startswith(VERDICT_PREFIX):
            row[column] = stored.get(column.removeprefix(VERDICT_PREFIX))
    return row
