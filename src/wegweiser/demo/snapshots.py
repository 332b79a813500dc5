"""Frozen screening results for the demo's decisions, from the law engine and the file.

A real decision freezes the law engine's verdict on its day (cases/decision_snapshot.py). The
demo does nearly the same for refusals: the person's facts as the file holds them (dated facts
count from their day, the legal assessment as it is today), evaluated by the single-case
engine on 1 July of the decision's year (the engine compiles its rules once per day; one day
per decision would cost a tenth of a second each, so the whole demo evaluates on six days).
A grant rests on facts the demo file often lacks - the generator drew the permit, not its
proof - so a grant keeps the verdict its kind of decision presumes (Anspruch, Soll, Ermessen),
except about one in twenty (decided in the second half of a year, so that 1 July lies before
the grant), evaluated like a refusal: the visible minority where the office granted what the
screening did not show.
Snapshots say which ("source").
"""

from collections import defaultdict
from datetime import date

import polars as pl
from django.db import connection

from wegweiser.cases.models import Decision, Person
from wegweiser.law.engine.features import compute_features
from wegweiser.law.engine.frames import FactFrames
from wegweiser.law.engine.single import evaluate_row
from wegweiser.law.statute.pathways import ALL_PATHWAYS, PATHWAYS_BY_ID
from wegweiser.screening.db_source import raw_tables
from wegweiser.screening.facts import facts_from_frames
from wegweiser.screening.frames import fact_frames
from wegweiser.screening.policy import policy_for

ENGINE = "Demo: Rechtslogik zum 1. Juli des Entscheidungsjahres mit den Angaben der Akte"
ASSUMED = "Demo: Ergebnis nach Art der Entscheidung angenommen (Nachweise nicht in der Akte)"
GRANTING = ("granted", "partly")
CONSEQUENCE = {"bound": "entitlement", "should": "should", "may": "may"}
EVALUATED_GRANTS = 10  # of the grants after 1 July, one in ten is evaluated by the engine


def evaluation_day(day: date, today: date) -> date:
    return min(date(day.year, 7, 1), today)


def fill(authority_id: int, decisions: list[tuple], today: date) -> int:
    """Set snapshot_verdict and snapshot of the given (id, person_id, pathway, day, outcome)."""
    wanted = [d for d in decisions if d[2] and d[4] != "withdrawn"]
    evaluated = [d for d in wanted if d[4] not in GRANTING or (
        d[0] % EVALUATED_GRANTS == 0 and evaluation_day(d[3], today) < d[3])]
    chosen = set(evaluated)
    updates = [(_assumed(d), d[0]) for d in wanted if d not in chosen]
    updates += _evaluated(authority_id, evaluated, today)
    _write(updates)
    return len(updates)


def _assumed(decision: tuple) -> dict:
    pk, _person, pathway, day, _outcome = decision
    verdict = CONSEQUENCE[PATHWAYS_BY_ID[pathway].consequence.value]
    return _snapshot(day, pathway, verdict, {}, ASSUMED)


def _evaluated(authority_id: int, decisions: list[tuple], today: date) -> list[tuple[dict, int]]:
    if not decisions:
        return []
    by_day: dict[date, list[tuple]] = defaultdict(list)
    for decision in decisions:
        by_day[evaluation_day(decision[3], today)].append(decision)
    raw = raw_tables(Person.unscoped.filter(pk__in={d[1] for d in decisions}))
    policy, updates = policy_for(authority_id), []
    for as_of, group in sorted(by_day.items()):
        frames = _only(fact_frames(raw, as_of), {str(d[1]) for d in group})
        facts = {f.person_id: f for f in facts_from_frames(frames)}
        for pk, person_id, pathway, _day, _outcome in group:
            row = evaluate_row(compute_features(facts[str(person_id)], as_of, policy), as_of,
                               policy, explain=False)
            verdicts = {p.id: row[f"v:{p.id}"] for p in ALL_PATHWAYS if row.get(f"v:{p.id}")}
            snapshot = _snapshot(as_of, pathway, verdicts.get(pathway, ""), verdicts, ENGINE)
            updates.append((snapshot, pk))
    return updates


def _only(frames: FactFrames, person_ids: set[str]) -> FactFrames:
    """The frames of these persons: turning rows into CaseFacts is the costly part."""
    chosen = pl.col("person_id").is_in(list(person_ids))
    return FactFrames(**{name: getattr(frames, name).filter(chosen)
                         for name in FactFrames.__dataclass_fields__})


def _snapshot(day: date, pathway: str, verdict: str, verdicts: dict, source: str) -> dict:
    return {"as_of": day.isoformat(), "source": source, "verdicts": verdicts,
            "pathway_id": pathway, "norm": PATHWAYS_BY_ID[pathway].norm, "verdict": verdict}


def _write(updates: list[tuple[dict, int]]) -> None:
    field = Decision._meta.get_field("snapshot")
    table = connection.ops.quote_name(Decision._meta.db_table)
    sql = f"UPDATE {table} SET snapshot_verdict = %s, snapshot = %s WHERE id = %s"
    rows = [(snapshot["verdict"], field.get_db_prep_save(snapshot, connection), pk)
            for snapshot, pk in updates]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
