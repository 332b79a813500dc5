"""Compare two screening outputs (JSON of `wegweiser screen --format json`) person by person.

    .venv/bin/python scripts/verdict_changes.py before.json after.json [--min-group 3]
        [--pathway p25b] [--format markdown|json] > changes.md

Persons are matched by file number (Aktenzeichen).  Prints, in German Markdown:

1. per pathway the number of persons per verdict before and after;
2. per pathway the transition matrix (verdict before -> verdict after, number of persons);
3. the changed cells grouped by the criteria that decide the new result (field ``deciding``
   of the newer output, with the floor of an open result), largest groups first; groups
   smaller than --min-group are summarised per pathway;
4. per changed cell how often each deciding criterion occurs;
5. a legend of the criteria named: norm, kind and discretionary waiver, from
   `wegweiser.law.statute.pathways` when the package can be imported (run with the project's .venv);
6. with --rows (two dumps of scripts/verdict_rows.py): per changed cell the criteria whose
   value changed between the two versions - where none did, the verdict rule made the change.
Not part of the product: a tool for reading what a change of the law engine did to a district
(docs/law/verdict-changes.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

VERDICTS = ("entitlement", "should", "may", "pending_time", "unknown", "not_met", "blocked",
            "expired", "not_in_force")
GERMAN = {"entitlement": "Anspruch", "should": "soll", "may": "kann",
          "pending_time": "Frist läuft", "unknown": "offen", "not_met": "nicht erfüllt",
          "blocked": "ausgeschlossen", "expired": "geschlossen", "not_in_force": "nicht in Kraft",
          None: "–"}
KIND_GERMAN = {"scope": "Personenkreis", "hard": "Voraussetzung",
               "regular": "Regelvoraussetzung", "exclusion": "Ausschluss",
               "waivable": "Ausschluss, verzichtbar", "upgrade": "Soll-Stufe",
               "discretion_factor": "Ermessen"}

Key = tuple[str, str | None, str | None]  # pathway, verdict before, verdict after


def load(path: Path) -> tuple[dict[str, Any], dict[str, dict[str, dict[str, Any]]]]:
    """The document and its results as {file number: {pathway id: result}}."""
    document = json.loads(path.read_text(encoding="utf-8"))
    results = {person["file_number"]: {r["pathway_id"]: r for r in person["pathways"]}
               for person in document["persons"]}
    return document, results


def pathway_names(*documents: dict[str, Any]) -> dict[str, str]:
    """Pathway id -> "§ 25b Abs. 1 (`p25b`)", in the order of the documents' results."""
    names: dict[str, str] = {}
    try:  # the statute's order of the law package, where it can be imported
        from wegweiser.law.statute.pathways import ALL_PATHWAYS
        order = [p.id for p in ALL_PATHWAYS]
    except ImportError:
        order = []
    for document in documents:
        for person in document["persons"]:
            for r in person["pathways"]:
                norm = r.get("norm", "").replace(" AufenthG", "")
                names.setdefault(r["pathway_id"], f"{norm} (`{r['pathway_id']}`)" if norm
                                 else f"`{r['pathway_id']}`")
    return {p: names[p] for p in sorted(names, key=lambda p: (p not in order,
                                                              order.index(p) if p in order else 0))}


def criterion_catalogue() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(pathway id, criterion id) -> (norm, German kind, waiver norm) from the law package."""
    try:
        from wegweiser.law.statute.pathways import ALL_PATHWAYS
    except ImportError:  # run without the project's environment: ids only
        return {}
    return {(pathway.id, criterion.id): (criterion.norm,
                                         KIND_GERMAN.get(criterion.kind.value, criterion.kind.value),
                                         getattr(criterion, "waiver", ""))
            for pathway in ALL_PATHWAYS for criterion in pathway.criteria}


TRI = {True: "erfüllt", False: "nicht erfüllt", None: "offen"}


def _criterion_change(criterion: str, old: dict, new: dict) -> str:
    was = TRI[old[f"c:{criterion}"]] if f"c:{criterion}" in old else "(neu)"
    return f"`{criterion}` {was} → {TRI[new[f'c:{criterion}']]}"


def _span_is_new(criterion: str, old: dict, new: dict) -> bool:
    """Not met, and the day it will be met is now known only as earliest..latest."""
    column = f"c:{criterion}"
    best, latest = new.get(f"{column}:met_on_best"), new.get(f"{column}:met_on")
    return (new.get(column) is False and best is not None and best != latest
            and old.get(f"{column}:met_on_best", old.get(f"{column}:met_on")) == latest)


def criteria_changes(result: dict[str, Any], rows: tuple[dict, dict]) -> list[str]:
    """Per changed cell: the criteria of the pathway whose value differs between the two row
    dumps (scripts/verdict_rows.py) of the same persons, and how many changed with none."""
    before, after = rows
    ids: dict[str, list[str]] = defaultdict(list)
    for pathway, criterion in criterion_catalogue():
        ids[pathway].append(criterion)
    per_cell: dict[Key, Counter] = defaultdict(Counter)
    for number, results in result["changed"].items():
        old, new = before.get(number, {}), after.get(number, {})
        for key in results:
            pathway = key[0]
            names = ids.get(pathway) or sorted({c[2:] for c in new if c.startswith("c:")
                                                and c.count(":") == 1})
            changed = [_criterion_change(c, old, new) for c in names
                       if f"c:{c}" in new and old.get(f"c:{c}") != new[f"c:{c}"]
                       # a new criterion that is met is the same as none
                       and (f"c:{c}" in old or new[f"c:{c}"] is not True)]
            changed += [f"`{c}` Tag nur als Spanne bekannt" for c in names
                        if _span_is_new(c, old, new)]
            for text in changed or ["(kein Kriterium geändert: die Regel)"]:
                per_cell[key][text] += 1
    lines = []
    for key, freq in sorted(per_cell.items(), key=lambda item: -result["transitions"][item[0]]):
        pathway, was, now = key
        parts = ", ".join(f"{c} {_n(n)}" for c, n in freq.most_common())
        lines.append(f"- {pathway} {GERMAN[was]} → {GERMAN[now]} "
                     f"({_n(result['transitions'][key])}): {parts}")
    return lines


def compare(before: dict, after: dict, only: str | None) -> dict[str, Any]:
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: {"before": Counter(),
                                                                 "after": Counter()})
    transitions: Counter[Key] = Counter()
    groups: Counter[tuple[Key, tuple[str, ...], str | None]] = Counter()
    examples: dict[tuple[Key, tuple[str, ...], str | None], str] = {}
    changed: dict[str, list[Key]] = defaultdict(list)
    for number in sorted(before.keys() | after.keys()):
        old, new = before.get(number, {}), after.get(number, {})
        for pathway in sorted(old.keys() | new.keys()):
            if only and pathway != only:
                continue
            was = old.get(pathway, {}).get("verdict")
            now_result = new.get(pathway, {})
            now = now_result.get("verdict")
            counts[pathway]["before"][was] += was is not None
            counts[pathway]["after"][now] += now is not None
            key = (pathway, was, now)
            transitions[key] += 1
            if was != now:
                group = (key, tuple(now_result.get("deciding") or ()), now_result.get("floor"))
                groups[group] += 1
                examples.setdefault(group, number)
                changed[number].append(key)
    return {"counts": counts, "transitions": transitions, "groups": groups,
            "examples": examples, "changed": changed,
            "unmatched": sorted(before.keys() ^ after.keys())}


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".") if value else ""


def _ordered(result: dict[str, Any], pathways: Any) -> list[str]:
    order = list(result["names"])
    return sorted(pathways, key=lambda p: (order.index(p) if p in order else len(order), p))


def counts_table(result: dict[str, Any]) -> list[str]:
    used = [v for v in VERDICTS if any(c[side][v] for c in result["counts"].values()
                                         for side in ("before", "after"))]
    lines = ["| Weg | " + " | ".join(GERMAN[v] for v in used) + " |",
             "|---|" + "---:|" * len(used)]
    for pathway in _ordered(result, result["counts"]):
        c, cells = result["counts"][pathway], []
        for v in used:
            was, now = c["before"][v], c["after"][v]
            cells.append(f"{_n(was) or '0'} → {_n(now) or '0'}" if was != now else _n(was))
        lines.append(f"| {result['names'].get(pathway, pathway)} | " + " | ".join(cells) + " |")
    return lines


def matrices(result: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    by_pathway: dict[str, Counter] = defaultdict(Counter)
    for (pathway, was, now), n in result["transitions"].items():
        by_pathway[pathway][(was, now)] = n
    for pathway in _ordered(result, by_pathway):
        cells, name = by_pathway[pathway], result["names"].get(pathway, pathway)
        if all(was == now for was, now in cells):
            lines += [f"**{name}**: unverändert.", ""]
            continue
        rows = [v for v in (*VERDICTS, None) if any(w == v for w, _ in cells)]
        cols = [v for v in (*VERDICTS, None) if any(n == v for _, n in cells)]
        lines += [f"**{name}** (Zeile: vorher, Spalte: nachher)", "",
                  "| vorher \\ nachher | " + " | ".join(GERMAN[c] for c in cols) + " |",
                  "|---|" + "---:|" * len(cols)]
        for row in rows:
            cells_text = []
            for col in cols:
                value = _n(cells[(row, col)])
                cells_text.append(value if row != col or not value else f"({value})")
            lines.append(f"| {GERMAN[row]} | " + " | ".join(cells_text) + " |")
        lines.append("")
    return lines


def _criteria_text(ids: tuple[str, ...]) -> str:
    return ", ".join(f"`{i}`" for i in ids) if ids else "(keine genannt)"


def group_lines(result: dict[str, Any], min_group: int) -> list[str]:
    lines = ["| Weg | vorher → nachher | Personen | entscheidende Kriterien (nachher) | Beispiel |",
             "|---|---|---:|---|---|"]
    small: dict[str, list[int]] = defaultdict(list)
    ordered = sorted(result["groups"].items(), key=lambda item: (-item[1], item[0][0]))
    for group, n in ordered:
        (pathway, was, now), ids, floor = group
        if n < min_group:
            small[pathway].append(n)
            continue
        target = GERMAN[now] + (f" (mindestens {GERMAN[floor]})" if floor else "")
        lines.append(f"| {pathway} | {GERMAN[was]} → {target} | {_n(n)} | "
                     f"{_criteria_text(ids)} | {result['examples'][group]} |")
    if small:
        lines += ["", f"Kleinere Gruppen (unter {min_group} Personen):", ""]
        lines += [f"- {result['names'].get(pathway, pathway)}: {_n(sum(small[pathway]))} "
                  f"Ergebnisse in {len(small[pathway])} Gruppen"
                  for pathway in _ordered(result, small)]
    return lines


def criterion_frequency(result: dict[str, Any]) -> list[str]:
    """Per changed cell: how many of its persons name each criterion."""
    per_cell: dict[Key, Counter] = defaultdict(Counter)
    for ((key, ids, _floor), n) in result["groups"].items():
        for criterion in ids:
            per_cell[key][criterion] += n
    lines = []
    for key, freq in sorted(per_cell.items(), key=lambda item: -result["transitions"][item[0]]):
        pathway, was, now = key
        total = result["transitions"][key]
        parts = ", ".join(f"`{c}` {_n(n)}" for c, n in freq.most_common())
        lines.append(f"- {pathway} {GERMAN[was]} → {GERMAN[now]} ({_n(total)}): {parts}")
    return lines


def legend(result: dict[str, Any], catalogue: dict) -> list[str]:
    """Norm and kind of every criterion named in a changed cell; the discretionary waiver
    with the pathways that allow it."""
    named: dict[str, set[str]] = defaultdict(set)
    for ((pathway, _was, _now), ids, _floor) in result["groups"]:
        for criterion in ids:
            named[criterion].add(pathway)
    if not catalogue:
        return [f"- `{criterion}`" for criterion in sorted(named)]
    lines = ["| Kriterium | Norm | Art | Ausnahme nach Ermessen |", "|---|---|---|---|"]
    for criterion, pathways in sorted(named.items()):
        entries = [catalogue[(p, criterion)] for p in sorted(pathways) if (p, criterion) in catalogue]
        if not entries:
            continue
        norm, kind, _ = entries[0]
        by_waiver: dict[str, list[str]] = defaultdict(list)
        for p in sorted(pathways):
            by_waiver[catalogue.get((p, criterion), ("", "", ""))[2]].append(p)
        text = "; ".join(f"{', '.join(ps)}: {waiver}" for waiver, ps in sorted(by_waiver.items())
                         if waiver)
        if text and by_waiver.get("") and kind == "Regelvoraussetzung":
            text += "; keine in " + ", ".join(by_waiver[""])
        lines.append(f"| `{criterion}` | {norm} | {kind} | {text or '–'} |")
    return lines


def as_json(result: dict[str, Any]) -> dict[str, Any]:
    return {
        "counts": {p: {side: dict(c[side]) for side in ("before", "after")}
                   for p, c in result["counts"].items()},
        "transitions": [{"pathway": p, "before": w, "after": a, "persons": n}
                        for (p, w, a), n in sorted(result["transitions"].items(),
                                                   key=lambda item: str(item[0]))],
        "groups": [{"pathway": p, "before": w, "after": a, "deciding": list(ids), "floor": floor,
                    "persons": n, "example": result["examples"][((p, w, a), ids, floor)]}
                   for ((p, w, a), ids, floor), n in result["groups"].most_common()],
        "unmatched_file_numbers": result["unmatched"],
    }


SECTIONS = ("counts", "matrices", "groups", "frequency", "legend", "criteria")


def markdown(result: dict[str, Any], documents: tuple[dict, dict], min_group: int,
             sections: tuple[str, ...] = SECTIONS, rows: tuple[dict, dict] | None = None) -> str:
    old, new = documents
    if rows is None:
        sections = tuple(s for s in sections if s != "criteria")
    parts = {
        "counts": ["## Ergebnisse je Weg (vorher → nachher)", "", *counts_table(result), ""],
        "matrices": ["## Übergänge je Weg", "", *matrices(result)],
        "groups": ["## Gruppen nach entscheidenden Kriterien", "",
                   *group_lines(result, min_group), ""],
        "frequency": ["## Kriterien je Übergang (wie viele Personen das Kriterium nennen)", "",
                      *criterion_frequency(result), ""],
        "legend": ["## Die genannten Kriterien", "", *legend(result, criterion_catalogue()), ""],
        "criteria": ["## Geänderte Kriterienwerte je Übergang (--rows)", "",
                     *(criteria_changes(result, rows) if rows else []), ""],
    }
    lines = [f"Vorher: Stichtag {old.get('as_of')}, {len(old['persons'])} Personen; "
             f"nachher: Stichtag {new.get('as_of')}, {len(new['persons'])} Personen; "
             f"nur in einer der beiden Dateien: {len(result['unmatched'])} Aktenzeichen.", ""]
    for section in sections:
        lines += parts[section]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--min-group", type=int, default=3)
    parser.add_argument("--pathway", default=None, help="nur dieser Weg, z. B. p25b")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--rows", nargs=2, type=Path, metavar=("VORHER", "NACHHER"),
                        help="Kriterienwerte beider Stände (scripts/verdict_rows.py)")
    parser.add_argument("--sections", default=",".join(SECTIONS),
                        help="Markdown: welche Teile, kommagetrennt (" + ", ".join(SECTIONS) + ")")
    args = parser.parse_args(argv)
    old_doc, old = load(args.before)
    new_doc, new = load(args.after)
    result = compare(old, new, args.pathway)
    result["names"] = pathway_names(new_doc, old_doc)
    if args.format == "json":
        json.dump(as_json(result), sys.stdout, ensure_ascii=False, indent=1)
    else:
        sections = tuple(part.strip() for part in args.sections.split(",") if part.strip())
        unknown = [part for part in sections if part not in SECTIONS]
        if unknown:
            parser.error(f"unbekannter Teil: {', '.join(unknown)}")
        rows = (tuple(json.loads(p.read_text(encoding="utf-8")) for p in args.rows)
                if args.rows else None)
        sys.stdout.write(markdown(result, (old_doc, new_doc), args.min_group, sections, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
