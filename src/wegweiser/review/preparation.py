"""The case summary prepared for the meeting, frozen into AgendaItem.prepared when the case is put
on the agenda: the conference discusses the case as it stood then, even if the file changes.

Built from the same code as the case page (cases.summary) and the explanation page
(screening.open_facts) - no second implementation. Codes are stored (status kind, verdict),
so that the page shows them in the reader's language; composed texts are stored in German.
No name is stored: the prepared summary is shown pseudonymised (review.pseudonyms).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils import translation

from wegweiser.cases.models import FollowUp, Person, StatusKind, StatusPeriod
from wegweiser.cases.summary import case_summary
from wegweiser.law.engine.verdict import VERDICT_TEXT, Verdict
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.screening.explain import fact_label, known_fact
from wegweiser.screening.law_texts import law_text
from wegweiser.screening.open_facts import open_facts


def prepare(person: Person, user, today: date) -> dict[str, Any]:
    """What the conference reads about the case. ``user`` is the head putting it on the agenda:
    conference roles may see the criminal record, so the stored verdicts (computed with it)
    and the open facts including it are what they would see on the case page."""
    periods = list(StatusPeriod.unscoped.filter(person_id=person.pk).order_by("start", "pk"))
    follow_ups = list(FollowUp.unscoped.filter(person_id=person.pk, done=False))
    with translation.override("de"):
        summary = case_summary(person, periods, follow_ups, user, today)
        missing = open_facts(person, today, show_criminal=True)
    return {
        "prepared_on": today.isoformat(),
        "run_as_of": _iso(summary.run.as_of) if summary.run else None,
        "current": _period(summary.current) if summary.current else None,
        "chain_since": _iso(summary.chain_since),
        "chain_length": summary.chain_length,
        "deadline": {"day": _iso(summary.deadline.day), "text": summary.deadline.text}
        if summary.deadline else None,
        "periods": [_period(p) for p in periods],
        "verdicts": [{"pathway_id": r.pathway_id, "norm": r.norm, "verdict": r.verdict,
                      "pending_date": _iso(r.pending_date), "deadline": _iso(r.deadline)}
                     for r in summary.results],
        "open_facts": [{"key": m.key, "label": m.label, "norms": m.norms, "record": bool(m.records)}
                       for m in missing],
        "open_follow_ups": len(summary.follow_ups),
    }


def _period(period: StatusPeriod) -> dict[str, Any]:
    return {"kind": period.kind, "start": _iso(period.start), "end": _iso(period.end),
            "legal_basis": period.legal_basis}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class Prepared:
    """The frozen summary for display: codes turned into the reader's language."""

    prepared_on: date | None
    run_as_of: date | None
    current: dict | None
    chain_since: date | None
    chain_length: str
    deadline: dict | None
    periods: list[dict]
    verdicts: list[dict]
    open_facts: list[dict]
    open_follow_ups: int


def for_display(data: dict[str, Any]) -> Prepared:
    return Prepared(
        _day(data.get("prepared_on")), _day(data.get("run_as_of")),
        _show_period(data["current"]) if data.get("current") else None,
        _day(data.get("chain_since")), data.get("chain_length", ""),
        {**data["deadline"], "day": _day(data["deadline"]["day"])} if data.get("deadline") else None,
        [_show_period(p) for p in data.get("periods", [])],
        [_show_verdict(v) for v in data.get("verdicts", [])],
        [_show_fact(f) for f in data.get("open_facts", [])],
        data.get("open_follow_ups", 0),
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _show_period(period: dict) -> dict:
    kind = period["kind"]
    label = StatusKind(kind).label if kind in StatusKind.values else kind
    return {**period, "label": label, "start": _day(period["start"]), "end": _day(period["end"])}


def _show_verdict(row: dict) -> dict:
    pathway = PATHWAYS_BY_ID.get(row["pathway_id"])
    verdict = row["verdict"]
    text = law_text(VERDICT_TEXT[Verdict(verdict)]) if verdict in Verdict else verdict
    return {**row, "title": law_text(pathway.title) if pathway else "", "verdict_text": text,
            "pending_date": _day(row.get("pending_date")), "deadline": _day(row.get("deadline"))}


def _show_fact(fact: dict) -> dict:
    # A fact of the file by its declared label (translated); a record's unknown fields as stored.
    translatable = known_fact(fact["key"]) and not fact.get("record")
    label = fact_label(fact["key"]) if translatable else fact["label"]
    return {**fact, "label": label}
