"""What other pages show of the screening: a caseworker's worklist counts, one person's results.

Read from the latest completed run (the worklist's source), never from the models directly
by other apps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count
from django.utils.functional import Promise

from wegweiser.law.engine.single import evaluate
from wegweiser.law.engine.verdict import VERDICT_TEXT, Verdict
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID

from . import worklist as wl
from .evaluate import SILENT
from .facts import as_seen_by, case_facts
from .law_texts import law_text
from .models import ScreeningResult, ScreeningRun
from .policy import policy_for
from .runs import latest_run

# The entry points a caseworker starts from: met now, met within 90 days, facts missing.
START_GROUPS = ("met", "soon", "missing")


@dataclass(frozen=True)
class EntryPoint:
    key: str
    label: str | Promise
    description: str | Promise
    persons: int


def my_worklist(user) -> tuple[ScreeningRun | None, list[EntryPoint]]:
    """Persons assigned to ``user`` per worklist group (as the worklist filters "nur meine
    Fälle"), counted as persons, in the latest completed run - one query for the counts."""
    run = latest_run(user.authority_id, done_only=True)
    if run is None:
        return None, []
    rows = wl.base_rows(run, {"mine": True}, user)
    groups = [g for g in wl.GROUPS if g.key in START_GROUPS]
    counts = rows.aggregate(**{g.key: Count("person_id", distinct=True,
                                            filter=wl.group_filter(g.key, run.as_of))
                               for g in groups})
    return run, [EntryPoint(g.key, g.label, g.description, counts[g.key]) for g in groups]


@dataclass(frozen=True)
class PathwayResult:
    pathway_id: str
    norm: str
    title: str
    verdict: str
    verdict_text: str
    pending_date: date | None
    deadline: date | None
    exceptions_open: int

    @property
    def open(self) -> bool:
        """Still a way to a title (not closed for this person)."""
        return self.verdict not in wl.CLOSED


def next_deadline(results: list[PathwayResult], today: date) -> PathwayResult | None:
    """The open pathway whose met requirement lapses first (from today on)."""
    due = [r for r in results if r.open and r.deadline is not None and r.deadline >= today]
    return min(due, key=lambda r: r.deadline or today, default=None)


def person_results(person) -> tuple[ScreeningRun | None, list[PathwayResult]]:
    """The person's verdicts in the latest completed run of their authority, in the order of
    the pathways; an empty list if the person was not part of that run.  Only for roles that
    may see the criminal record: the stored verdicts were computed with it."""
    run = latest_run(person.authority_id, done_only=True)
    if run is None:
        return None, []
    rows = {r.pathway_id: r for r in ScreeningResult.objects.filter(run=run, person=person)}
    # Pathways the law no longer declares are left out (older runs keep their rows).
    return run, [_result(PATHWAYS_BY_ID[pid], rows[pid]) for pid in PATHWAYS_BY_ID if pid in rows]


def _result(pathway, row: ScreeningResult) -> PathwayResult:
    text = VERDICT_TEXT.get(Verdict(row.verdict)) if row.verdict in _VERDICTS else None
    return PathwayResult(row.pathway_id, pathway.norm, law_text(pathway.title), row.verdict,
                         law_text(text) if text else row.verdict, row.pending_date,
                         row.deadline, row.exceptions_open)


_VERDICTS = {v.value for v in Verdict}


def results_without_criminal_record(person, today: date) -> list[PathwayResult]:
    """Today's verdicts from the facts a role without the criminal record may know
    (`facts.as_seen_by`), computed now: the stored ones would reveal the record."""
    facts = as_seen_by(case_facts(person, today), may_see_criminal=False)
    verdict = evaluate(facts, today, policy_for(person.authority_id))
    return [PathwayResult(p.pathway_id, p.norm, law_text(p.title), p.verdict.value,
                          law_text(VERDICT_TEXT[p.verdict]), p.pending_date, p.deadline,
                          len(p.exceptions_needed))
            for p in verdict.pathways if p.verdict.value not in SILENT]
