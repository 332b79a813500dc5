"""Output of the ``screen`` command: table, CSV or JSON (docs/formats/screening-output.schema.json)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

import polars as pl

from wegweiser.law.engine.verdict import Verdict
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy
from wegweiser.law.statute.pathways import ALL_PATHWAYS, PATHWAYS_BY_ID

from .evaluate import verdict_counts
from .policy import snapshot as policy_snapshot

FORMAT_VERSION = "1.1"
COLUMNS = ["person_id", "file_number", "pathway_id", "norm", "verdict", "pending_date",
           "deadline", "exceptions_open", "summary", "floor", "upgrade_on", "deciding"]


def with_names(long: pl.DataFrame, persons: pl.DataFrame) -> pl.DataFrame:
    norms = pl.col("pathway_id").replace_strict({p.id: p.norm for p in ALL_PATHWAYS},
                                                return_dtype=pl.String)
    return (long.join(persons.select("person_id", "file_number"), on="person_id", how="left")
            .with_columns(norms.alias("norm")).select(COLUMNS))


def _ids(text: str | None) -> list[str]:
    return [part for part in (text or "").split(",") if part]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def as_json(rows: pl.DataFrame, as_of: date, source: dict[str, str],
            policy: Policy = DEFAULT_POLICY) -> str:
    persons: dict[str, dict[str, Any]] = {}
    for row in rows.iter_rows(named=True):
        entry = persons.setdefault(row["person_id"], {
            "person_id": row["person_id"], "file_number": row["file_number"], "pathways": []})
        entry["pathways"].append({k: _iso(row[k]) for k in COLUMNS[2:]}
                                 | {"deciding": _ids(row["deciding"])})
    document = {
        "format": "wegweiser-screening", "format_version": FORMAT_VERSION,
        "as_of": as_of.isoformat(), "generated_at": datetime.now().astimezone().isoformat(
            timespec="seconds"),
        "source": source,
        "rule_versions": {p.id: p.version_on(as_of, policy) for p in ALL_PATHWAYS},
        "policy": policy_snapshot(policy),
        "counts": verdict_counts(rows), "persons": list(persons.values()),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def as_csv(rows: pl.DataFrame) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(COLUMNS)
    for row in rows.iter_rows():
        writer.writerow(["" if v is None else _german_date(v) for v in row])
    return buffer.getvalue()


def _german_date(value: Any) -> Any:
    return f"{value:%d.%m.%Y}" if isinstance(value, date) else value


def as_table(rows: pl.DataFrame, as_of: date | None = None) -> str:
    """A plain text table for the terminal: person, norm, summary; then the counts."""
    lines = []
    width = max([len(str(v or "")) for v in rows["file_number"]] + [12])
    lines.append(f"{'Aktenzeichen':<{width}}  Ergebnis")
    for row in rows.iter_rows(named=True):
        norm = PATHWAYS_BY_ID[row["pathway_id"]].norm
        text = row["summary"] if row["summary"].startswith(norm) else f"{norm}: {row['summary']}"
        lines.append(f"{row['file_number'] or row['person_id']:<{width}}  {text}")
    return "\n".join([*lines, "", *summary_lines(rows, as_of)]) + "\n"


# Column heads of the summary, in the order of the verdicts (law.engine.verdict.Verdict).
SHORT = {Verdict.ENTITLEMENT: "Anspruch", Verdict.SHOULD: "Soll", Verdict.MAY: "Kann",
         Verdict.PENDING_TIME: "später", Verdict.UNKNOWN: "offen",
         Verdict.NOT_MET: "nicht erfüllt", Verdict.BLOCKED: "ausgeschlossen",
         Verdict.EXPIRED: "geschlossen"}
LEGEND = ("später = voraussichtlich erfüllt ab einem späteren Datum · offen = Angaben fehlen · "
          "geschlossen = für Neuerteilungen geschlossen")


def summary_lines(rows: pl.DataFrame, as_of: date | None) -> list[str]:
    """Persons per pathway and verdict (the counts a screening run stores), as a table."""
    counts = verdict_counts(rows)
    persons = rows["person_id"].n_unique()
    day = f", Stichtag {as_of:%d.%m.%Y}" if as_of else ""
    head = f"Zusammenfassung: {_number(persons)} {'Person' if persons == 1 else 'Personen'}{day}"
    shown = [v for v in SHORT if any(v.value in by_verdict for by_verdict in counts.values())]
    pathways = [p for p in ALL_PATHWAYS if p.id in counts]
    if not pathways:
        return [head + " – keine Ergebnisse."]
    width = max([len(p.norm) for p in pathways] + [len("Weg")])
    table = [f"{'Weg':<{width}}" + "".join(f"  {SHORT[v]}" for v in shown)]
    for pathway in pathways:
        cells = (_number(counts[pathway.id].get(v.value, 0)).rjust(len(SHORT[v])) for v in shown)
        table.append(f"{pathway.norm:<{width}}" + "".join(f"  {cell}" for cell in cells))
    return [head + " – Personen je Weg und Ergebnis", *table, LEGEND]


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")
